/**
 * The order in which waiting requests get a thread (views/runner.ts). Requests wait in a
 * queue per name (per view, or per kind of read), and the names take turns: a name that
 * has just been served goes to the back, so a pile of slow searches does not hold up a
 * change-log page that takes 2 ms.
 *
 * Some names may go ahead (`ahead`): a record by id or `/health`, one indexed lookup each,
 * waiting behind lists that each take several. They are served first, but never more than
 * AHEAD_IN_A_ROW times in a row while others wait, so a flood of records cannot starve the
 * lists: those still get one turn in AHEAD_IN_A_ROW + 1.
 */
export const AHEAD_IN_A_ROW = 4;

export class Turns<T> {
  /** Waiting items, a queue per name; the Map's order is the turn order. */
  private readonly queues = new Map<string, T[]>();
  private waiting = 0;
  private aheadInARow = 0;

  constructor(private readonly ahead: (name: string) => boolean = () => false) {}

  get size(): number {
    return this.waiting;
  }

  push(name: string, item: T): void {
    let queue = this.queues.get(name);
    if (!queue) this.queues.set(name, (queue = [])); // a name with no one waiting joins the turn order last
    queue.push(item);
    this.waiting++;
  }

  /** The next item in turn: those ahead first (but not too many in a row), then the name that has waited longest for its turn. */
  next(): T | undefined {
    if (this.waiting === 0) return undefined;
    const others = this.aheadInARow >= AHEAD_IN_A_ROW ? this.take((name) => !this.ahead(name)) : undefined;
    if (others !== undefined) {
      this.aheadInARow = 0;
      return others;
    }
    const first = this.take(this.ahead);
    if (first !== undefined) {
      // Counted only while others wait: they are the ones owed a turn.
      this.aheadInARow = this.othersWait() ? this.aheadInARow + 1 : 0;
      return first;
    }
    this.aheadInARow = 0;
    return this.take(() => true);
  }

  /** Takes `item` out of its queue, wherever it waits; false if it was not waiting. */
  remove(name: string, item: T): boolean {
    const queue = this.queues.get(name);
    const at = queue?.indexOf(item) ?? -1;
    if (at === -1) return false;
    queue!.splice(at, 1);
    this.waiting--;
    if (queue!.length === 0) this.queues.delete(name);
    return true;
  }

  /** Every waiting item, in no particular order, leaving none. */
  drain(): T[] {
    const all = [...this.queues.values()].flat();
    this.queues.clear();
    this.waiting = 0;
    return all;
  }

  private othersWait(): boolean {
    for (const name of this.queues.keys()) if (!this.ahead(name)) return true;
    return false;
  }

  private take(which: (name: string) => boolean): T | undefined {
    for (const [name, queue] of this.queues) {
      if (!which(name)) continue;
      const item = queue.shift()!;
      // This name goes to the back of the turn order.
      this.queues.delete(name);
      if (queue.length) this.queues.set(name, queue);
      this.waiting--;
      return item;
    }
    return undefined;
  }
}
