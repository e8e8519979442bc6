import { Drawer } from 'antd';
import type { ReactNode } from 'react';

/** The menu as a drawer on phones; its own chunk, so desktops never download it. */
export function MobileMenu({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  return (
    <Drawer placement="left" open={open} onClose={onClose} title={title} size={280}>
      {children}
    </Drawer>
  );
}
