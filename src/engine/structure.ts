/**
 * The org's reporting structure compiled into a struct of arrays. Every role ever present in a run (the
 * starting roles plus one slot per hire event) gets a permanent slot, so per-role state never moves when
 * the tree changes; `order` lists the live slots parent-before-child, which is what lets one pass down the
 * tree compute a quarter. `rebuild()` recomputes the derived arrays in O(slots) and runs only after an
 * event changed something.
 */
import { isVacant, type Role, type Scenario } from '../core/scenario/types';
import type { WorkCounter } from './work-counter';

export class OrgStructure {
  /** Number of real slots; slot `nullSlot` (= slots) is an all-zero stand-in for "no manager at all". */
  readonly slots: number;
  readonly nullSlot: number;
  readonly ids: string[];
  readonly titles: string[];
  readonly slotOf = new Map<string, number>();
  /** Slots allocated so far (starting roles, then hires in event order). */
  used = 0;

  readonly parent: Int32Array;
  readonly alive: Uint8Array;
  readonly filled: Uint8Array;
  readonly team: Float64Array;
  readonly oneOnOnes: Uint8Array;
  /** Dotted-line managers per slot (slots); arrays are replaced, never mutated, so copies may share them. */
  readonly dottedTo: (readonly number[])[];

  // Derived by rebuild():
  readonly order: Int32Array;
  count = 0;
  readonly depth: Int32Array;
  readonly childCount: Int32Array;
  readonly dottedIn: Float64Array;
  readonly dottedOut: Float64Array;
  /** The slot whose strengths manage this unit: itself when filled, else the next filled manager up. */
  readonly actor: Int32Array;
  readonly vacant: Int32Array;
  vacantCount = 0;
  layers = 0;
  headcount = 0;
  dottedLinks = 0;

  // Scratch for rebuild (CSR children lists and a DFS stack).
  private readonly firstChild: Int32Array;
  private readonly childList: Int32Array;
  private readonly stack: Int32Array;

  constructor(slots: number) {
    this.slots = slots;
    this.nullSlot = slots;
    const n = slots + 1;
    this.ids = new Array<string>(n).fill('');
    this.titles = new Array<string>(n).fill('');
    this.parent = new Int32Array(n).fill(-1);
    this.alive = new Uint8Array(n);
    this.filled = new Uint8Array(n);
    this.team = new Float64Array(n);
    this.oneOnOnes = new Uint8Array(n);
    this.dottedTo = new Array<readonly number[]>(n).fill(EMPTY);
    this.order = new Int32Array(n);
    this.depth = new Int32Array(n);
    this.childCount = new Int32Array(n);
    this.dottedIn = new Float64Array(n);
    this.dottedOut = new Float64Array(n);
    this.actor = new Int32Array(n);
    this.vacant = new Int32Array(n);
    this.firstChild = new Int32Array(n + 1);
    this.childList = new Int32Array(n);
    this.stack = new Int32Array(n);
  }

  /** Compiles a valid scenario's starting roles; slots are assigned in the tree's pre-order. */
  static fromScenario(scenario: Scenario, work?: WorkCounter): OrgStructure {
    const hires = scenario.events.filter((e) => e.type === 'hire').length;
    const s = new OrgStructure(scenario.roles.length + hires);
    const byParent = new Map<string | null, Role[]>();
    for (const role of scenario.roles) {
      const list = byParent.get(role.reportsTo) ?? [];
      list.push(role);
      byParent.set(role.reportsTo, list);
    }
    // Iterative pre-order from the root, children in listing order.
    const pending: Role[] = [...(byParent.get(null) ?? [])].reverse();
    while (pending.length > 0) {
      const role = pending.pop()!;
      s.addRole(role);
      const kids = byParent.get(role.id);
      if (kids) for (let k = kids.length - 1; k >= 0; k--) pending.push(kids[k]);
    }
    for (const role of scenario.roles) s.setDotted(s.slotOf.get(role.id)!, role.dottedTo ?? []);
    s.rebuild(work);
    return s;
  }

  /**
   * Gives a role a new slot (its parent must already have one, or be null). A starting role without a
   * person is a vacancy; a hire is a person arriving (`arriving`), named or still to be hired, never vacant.
   */
  addRole(role: Role, arriving = false): number {
    const slot = this.used++;
    if (slot >= this.slots) throw new Error('Internal: more roles than slots reserved.');
    this.ids[slot] = role.id;
    this.titles[slot] = role.title;
    this.slotOf.set(role.id, slot);
    this.parent[slot] = role.reportsTo === null ? -1 : (this.slotOf.get(role.reportsTo) ?? -1);
    this.alive[slot] = 1;
    this.filled[slot] = arriving || !isVacant(role) ? 1 : 0;
    this.team[slot] = Math.max(0, role.team);
    this.oneOnOnes[slot] = role.oneOnOnes ? 1 : 0;
    return slot;
  }

  setDotted(slot: number, ids: readonly string[]): void {
    const list: number[] = [];
    for (const id of ids) {
      const d = this.slotOf.get(id);
      if (d !== undefined && d !== slot && d !== this.parent[slot] && !list.includes(d)) list.push(d);
    }
    this.dottedTo[slot] = list.length === 0 ? EMPTY : list;
  }

  /** The live slot of a role id, or -1. */
  liveSlot(id: string): number {
    const slot = this.slotOf.get(id);
    return slot !== undefined && this.alive[slot] === 1 ? slot : -1;
  }

  /** True when `ancestor` is `slot` or above it in the tree. */
  isAncestorOrSelf(ancestor: number, slot: number): boolean {
    for (let s = slot; s !== -1; s = this.parent[s]) if (s === ancestor) return true;
    return false;
  }

  /** Recomputes order, depth, child counts, dotted counts, acting managers, layers and headcount. */
  rebuild(work?: WorkCounter): void {
    const { parent, alive, firstChild, childList, stack, order, depth, childCount } = this;
    const n = this.used;
    firstChild.fill(0);
    childCount.fill(0);
    let root = -1;
    for (let s = 0; s < n; s++) {
      if (alive[s] !== 1) continue;
      const p = parent[s];
      if (p < 0) root = s;
      else childCount[p]++;
    }
    // Prefix sums give each parent a contiguous range of childList; children keep slot order.
    let acc = 0;
    for (let s = 0; s < n; s++) {
      firstChild[s] = acc;
      acc += childCount[s];
    }
    firstChild[n] = acc;
    const fill = this.vacant; // reused as a cursor before the vacancy pass below
    for (let s = 0; s < n; s++) fill[s] = firstChild[s];
    for (let s = 0; s < n; s++) {
      if (alive[s] === 1 && parent[s] >= 0) childList[fill[parent[s]]++] = s;
    }
    let count = 0;
    let top = 0;
    let layers = 0;
    if (root >= 0) {
      stack[top++] = root;
      depth[root] = 0;
    }
    while (top > 0) {
      const s = stack[--top];
      order[count++] = s;
      if (depth[s] + 1 > layers) layers = depth[s] + 1;
      for (let c = firstChild[s + 1] - 1; c >= firstChild[s]; c--) {
        const child = childList[c];
        depth[child] = depth[s] + 1;
        stack[top++] = child;
      }
    }
    this.count = count;
    this.layers = layers;

    const { dottedIn, dottedOut, dottedTo, actor, filled, team } = this;
    dottedIn.fill(0);
    let links = 0;
    let headcount = 0;
    let vacantCount = 0;
    for (let k = 0; k < count; k++) {
      const s = order[k];
      let out = 0;
      for (const d of dottedTo[s]) {
        if (alive[d] === 1) {
          dottedIn[d]++;
          out++;
        }
      }
      dottedOut[s] = out;
      links += out;
      headcount += filled[s] + team[s];
      const p = parent[s];
      if (filled[s] === 1) actor[s] = s;
      else {
        actor[s] = p >= 0 ? actor[p] : this.nullSlot;
        this.vacant[vacantCount++] = s;
      }
    }
    this.vacantCount = vacantCount;
    this.dottedLinks = links;
    this.headcount = headcount;
    if (work) work.ops += 3 * n + count;
  }

  /** Copies another structure of the same size (used to reset Monte Carlo runs). */
  copyFrom(o: OrgStructure): void {
    // Ids, titles, dotted lines and the id map change only when a hire takes a new slot, so with as many
    // slots in use as the source they are already equal (a Monte Carlo restart without hires skips them).
    const sameSlots = this.used === o.used && this.slotOf.size === o.slotOf.size;
    this.used = o.used;
    this.parent.set(o.parent);
    this.alive.set(o.alive);
    this.filled.set(o.filled);
    this.team.set(o.team);
    this.oneOnOnes.set(o.oneOnOnes);
    if (!sameSlots) {
      for (let s = 0; s <= this.slots; s++) {
        this.dottedTo[s] = o.dottedTo[s];
        this.ids[s] = o.ids[s];
        this.titles[s] = o.titles[s];
      }
      this.slotOf.clear();
      for (const [k, v] of o.slotOf) this.slotOf.set(k, v);
    }
    this.order.set(o.order);
    this.count = o.count;
    this.depth.set(o.depth);
    this.childCount.set(o.childCount);
    this.dottedIn.set(o.dottedIn);
    this.dottedOut.set(o.dottedOut);
    this.actor.set(o.actor);
    this.vacant.set(o.vacant);
    this.vacantCount = o.vacantCount;
    this.layers = o.layers;
    this.headcount = o.headcount;
    this.dottedLinks = o.dottedLinks;
  }
}

const EMPTY: readonly number[] = Object.freeze([]);
