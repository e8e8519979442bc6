import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with one file field, for app.inject(). */
export function multipartFile(filename: string, bytes: Uint8Array, contentType = 'application/octet-stream') {
  const boundary = `----khien${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
