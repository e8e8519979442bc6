import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/** An h2 with its tools (exports, filters) on the same line; they wrap below it on a phone. */
export function SectionTitle({ id, children, extra }: { id: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between', margin: '24px 0 12px' }}
    >
      <Typography.Title level={2} id={id} style={{ fontSize: 18, margin: 0 }}>
        {children}
      </Typography.Title>
      {extra && <Space wrap>{extra}</Space>}
    </div>
  );
}
