"""group: a group never contains itself, directly or through other groups.

Passes::

    groups:
      - {id: ubnd-cac-xa, members: [xa-xuan-duong, xa-long-giao], complete: true, ...}

Fails::

    groups:
      - {id: khoi-a, members: [khoi-b], ...}
      - {id: khoi-b, members: [khoi-a], ...}     # khoi-a -> khoi-b -> khoi-a

Each group on a loop is reported with one loop through it. The check takes time linear in the
number of groups and memberships (strongly connected components, no recursion), so a chain of
thousands of nested groups or a lattice of diamonds is checked at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Mapping, Sequence

from cchc.checks.index import PlanIndex
from cchc.problems import Problem

ID = "group"
_EXACT = 64
"""Loops of components up to this size are each group's shortest; larger ones go through the
component's first group, which keeps the check linear."""
_SHOWN = 8
"""Longest loop printed in full; longer ones are shortened in the middle."""


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report each group that reaches itself through its members."""
    graph = {
        unit.id: [m.id for m in unit.members or () if m.id in index.units]
        for unit in index.units.values()
        if unit.is_group
    }
    graph = {ident: [m for m in members if m in graph] for ident, members in graph.items()}
    for component in _components(graph):
        on_loop = len(component) > 1 or component[0] in graph[component[0]]
        if not on_loop:
            continue
        inside = set(component)
        root = component[0]
        forward = _tree(root, graph, inside)
        reverse: dict[str, list[str]] = {ident: [] for ident in component}
        for ident in component:
            for member in graph[ident]:
                if member in inside:
                    reverse[member].append(ident)
        backward = _tree(root, reverse, inside)
        for ident in component:
            if len(component) <= _EXACT:
                loop = _shortest_loop(ident, graph, inside)
            else:
                loop = _loop(ident, root, graph, forward, backward, inside)
            yield Problem.at(
                index.units[ident].at, ID, "group.cycle", "hint.group_cycle", cycle=_show(loop)
            )


def _components(graph: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan's algorithm, iterative), each in listing order."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[list[str]] = []
    rank = {ident: i for i, ident in enumerate(graph)}
    for start in graph:
        if start in order:
            continue
        work: list[tuple[str, int]] = [(start, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                order[node] = low[node] = len(order)
                stack.append(node)
                on_stack.add(node)
            members = graph[node]
            if position < len(members):
                work.append((node, position + 1))
                member = members[position]
                if member not in order:
                    work.append((member, 0))
                elif member in on_stack:
                    low[node] = min(low[node], order[member])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == order[node]:
                component: list[str] = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                result.append(sorted(component, key=rank.__getitem__))
    return result


def _tree(root: str, graph: Mapping[str, Sequence[str]], inside: set[str]) -> dict[str, str]:
    """Breadth-first parents from ``root`` within ``inside``: the shortest way to each group."""
    parent = {root: root}
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for member in graph[node]:
            if member in inside and member not in parent:
                parent[member] = node
                queue.append(member)
    return parent


def _walk(parent: Mapping[str, str], end: str) -> list[str]:
    """The path root -> ... -> end recorded in a breadth-first tree."""
    path = [end]
    while parent[path[-1]] != path[-1]:
        path.append(parent[path[-1]])
    return path[::-1]


def _shortest_loop(ident: str, graph: Mapping[str, Sequence[str]], inside: set[str]) -> list[str]:
    if ident in graph[ident]:
        return [ident, ident]
    parent = _tree(ident, graph, inside)
    last = next(m for m in parent if ident in graph[m] and m != ident)
    return [*_walk(parent, last), ident]


def _loop(
    ident: str,
    root: str,
    graph: Mapping[str, Sequence[str]],
    forward: Mapping[str, str],
    backward: Mapping[str, str],
    inside: set[str],
) -> list[str]:
    """A loop from ``ident`` back to itself through ``root`` (each group's loop is shortest
    through the component's first group, which keeps the whole check linear)."""
    if ident == root:
        if root in graph[root]:
            return [root, root]
        step = next(m for m in graph[root] if m in inside)
        return [root, *_walk(backward, step)[::-1]]
    to_root = _walk(backward, ident)[::-1]  # ident -> ... -> root
    from_root = _walk(forward, ident)  # root -> ... -> ident
    return to_root + from_root[1:]


def _show(loop: list[str]) -> str:
    if len(loop) > _SHOWN:
        loop = [*loop[: _SHOWN // 2], "…", *loop[-(_SHOWN // 2 - 1) :]]
    return " -> ".join(loop)
