// Runs tasks one after another per key: two messages of one conversation must not run their turns
// at the same time (they would race on the conversation state).
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

/** A set that forgets its oldest entries beyond `max`. */
export class RecentSet {
  private readonly items = new Set<string>();

  constructor(private readonly max: number) {}

  has(key: string): boolean {
    return this.items.has(key);
  }

  add(key: string): void {
    this.items.delete(key);
    this.items.add(key);
    if (this.items.size > this.max) this.items.delete(this.items.values().next().value!);
  }

  delete(key: string): void {
    this.items.delete(key);
  }
}
