import lockfile from 'proper-lockfile';
import { DomainError } from '@khien/core/errors';

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * One process owns the embedded data directory. proper-lockfile keeps an mtime-refreshed lock
 * directory, so a crashed process's lock goes stale on its own after `stale` ms and the next
 * start takes it over; a live second process gets a clear refusal instead of corrupting PGlite.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  try {
    const release = await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}/khien.lock`,
      stale: 10_000,
      update: 2_000,
      realpath: false,
    });
    return { release: () => release() };
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new DomainError(
        'database.data_dir_locked',
        {
          vi: `Thư mục dữ liệu ${dataDir} đang được một tiến trình Khiên khác sử dụng. Hãy dừng tiến trình đó, hoặc dùng PostgreSQL (DATABASE_URL) để chạy nhiều tiến trình.`,
          en: `The data directory ${dataDir} is in use by another Khiên process. Stop that process, or use PostgreSQL (DATABASE_URL) to run several processes.`,
        },
        { dataDir },
      );
    }
    throw error;
  }
}
