import qrcode from 'qrcode-generator';

export interface QrShape {
  /** Modules per side, the quiet zone included. */
  size: number;
  /** One SVG path of the dark modules, one unit each. */
  path: string;
}

const QUIET_ZONE = 2;

/**
 * A QR code of `text` as one SVG path (error correction M: readable off a projector at an angle).
 * Drawn as plain SVG by React, so the strict CSP needs no inline markup or script.
 */
export function qrShape(text: string): QrShape {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: count + 2 * QUIET_ZONE, path };
}
