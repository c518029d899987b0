/** Who is connected: per join code, each remote address seen and when it was last heard from. */
export class Presence {
  private readonly seen = new Map<string, Map<string, number>>();

  constructor(private readonly now: () => number) {}

  heard(code: string, address: string): void {
    let addresses = this.seen.get(code);
    if (!addresses) this.seen.set(code, (addresses = new Map()));
    addresses.set(address, this.now());
  }

  /** The addresses heard from for `code`, most recent first. */
  of(code: string): { address: string; lastSeen: number }[] {
    return [...(this.seen.get(code) ?? new Map<string, number>()).entries()]
      .map(([address, lastSeen]) => ({ address, lastSeen }))
      .sort((a, b) => b.lastSeen - a.lastSeen);
  }

  clear(): void {
    this.seen.clear();
  }
}
