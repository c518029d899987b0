import { useMemo } from 'react';
import { qrShape } from './qr-path';

/** A group's join link as a QR code, dark on a light square so phones read it in either theme. */
export function JoinQrCode({ url, label, size = 160 }: { url: string; label: string; size?: number }) {
  const shape = useMemo(() => qrShape(url), [url]);
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${shape.size} ${shape.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  );
}
