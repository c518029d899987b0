import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export interface RoomInterfaceInfo {
  /** The operating system's name for it (eth0, en0, Wi-Fi). */
  name: string;
  address: string;
  loopback: boolean;
  /** For the facilitator's list: "Wi-Fi: 192.168.1.20", "This computer only: 127.0.0.1". */
  label: string;
}

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
