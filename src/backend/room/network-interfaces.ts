import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { RoomInterfaceInfo } from '../../core/api/room-protocol';

/** The machine's IPv4 interfaces a room session may bind to, loopback last. */
export function roomInterfaces(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): RoomInterfaceInfo[] {
  const found: RoomInterfaceInfo[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4') continue;
      found.push({
        name,
        address: info.address,
        loopback: info.internal,
        label: info.internal ? `This computer only (${name}): ${info.address}` : `${name}: ${info.address}`,
      });
    }
  }
  return found.sort((a, b) => Number(a.loopback) - Number(b.loopback));
}
