/// Disjoint sets over `0..<count` with path halving: groups demands linked
/// by shared issues, and conflicts linked by shared demands.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        parent[find(a)] = find(b)
    }

    /// The groups, each ascending, ordered by their smallest member.
    mutating func groups() -> [[Int]] {
        // Walking the members in order opens each group at its smallest.
        var groupOfRoot = Array(repeating: -1, count: parent.count)
        var result: [[Int]] = []
        for x in parent.indices {
            let root = find(x)
            if groupOfRoot[root] < 0 {
                groupOfRoot[root] = result.count
                result.append([x])
            } else {
                result[groupOfRoot[root]].append(x)
            }
        }
        return result
    }
}
