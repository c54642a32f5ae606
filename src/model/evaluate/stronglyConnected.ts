// Strongly connected components of a graph in compressed sparse rows (Tarjan 1972, without
// recursion, so deep chains cannot overflow the stack). Pure: no DOM, no store, no map types.

export interface Components {
  /** The component of each node; −1 for a node left out by `include`. */
  readonly component: Int32Array;
  /** Each component's nodes, components in reverse topological order: a component comes after every component it reaches. */
  readonly members: readonly (readonly number[])[];
}

/**
 * The strongly connected components of the graph whose edges from `n` go to
 * `items[start[n]]` up to `items[start[n + 1]]`, restricted to the nodes `include` accepts.
 * @example stronglyConnected(3, Int32Array.of(0, 1, 2, 2), Int32Array.of(1, 0)).members // [[1, 0], [2]]
 */
export function stronglyConnected(
  size: number,
  start: Int32Array,
  items: Int32Array,
  include: (node: number) => boolean = () => true,
): Components {
  const component = new Int32Array(size).fill(-1);
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const edgeAt = new Int32Array(size);
  const stack: number[] = [];
  const path: number[] = [];
  const members: number[][] = [];
  let counter = 0;
  for (let root = 0; root < size; root++) {
    if (order[root] !== -1 || !include(root)) continue;
    path.push(root);
    order[root] = low[root] = counter++;
    edgeAt[root] = start[root]!;
    stack.push(root);
    onStack[root] = 1;
    while (path.length > 0) {
      const node = path[path.length - 1]!;
      if (edgeAt[node]! < start[node + 1]!) {
        const next = items[edgeAt[node]!++]!;
        if (!include(next)) continue;
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          edgeAt[next] = start[next]!;
          stack.push(next);
          onStack[next] = 1;
          path.push(next);
        } else if (onStack[next]) {
          low[node] = Math.min(low[node]!, order[next]!);
        }
        continue;
      }
      path.pop();
      const parent = path[path.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[node]!);
      if (low[node] !== order[node]) continue;
      const group: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        component[member] = members.length;
        group.push(member);
      } while (member !== node);
      members.push(group);
    }
  }
  return { component, members };
}
