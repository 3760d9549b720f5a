/// The agreement counter's cache of component counts, keyed by compact
/// signatures: a component's condition indexes and the values its issues
/// have left, as 64-bit words.
///
/// Every stored key lives in one flat arena of words, and the table is
/// open addressing with linear probing over a power-of-two array of entry
/// indexes (the table of sharpSAT, Thurley 2006, holds packed component
/// descriptions the same way). A lookup hashes words the caller already
/// holds and compares them in place, so it allocates nothing; an insertion
/// appends to the arena and the entry arrays, which grow geometrically.
struct ComponentCache {
    /// The words of every stored key, one after the other.
    private var arena: [Int64] = []
    /// Per entry: where its key starts in the arena, its length, its hash
    /// and its count.
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    private var counts: [BigCount] = []
    /// Entry index + 1 per slot, 0 for an empty slot; the size is a power
    /// of two at least twice the number of entries.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)

    /// The number of components stored.
    var count: Int { counts.count }

    /// A hash of a key's words (a multiply-xorshift mix per word, then the
    /// finaliser of SplitMix64), the same in every process.
    static func hash(_ words: ArraySlice<Int64>) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        for word in words {
            h = (h ^ UInt64(bitPattern: word)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
        }
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }

    /// The count stored under the key, if any.
    func find(_ key: ArraySlice<Int64>, hash: UInt64) -> BigCount? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            let entry = stored - 1
            if hashes[entry] == hash && matches(entry, key) { return counts[entry] }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ entry: Int, _ key: ArraySlice<Int64>) -> Bool {
        guard lengths[entry] == key.count else { return false }
        var position = starts[entry]
        for word in key {
            if arena[position] != word { return false }
            position += 1
        }
        return true
    }

    /// Stores a count under a key not stored yet.
    mutating func insert(_ key: ArraySlice<Int64>, hash: UInt64, count: BigCount) {
        if 2 * (counts.count + 1) > slots.count { grow() }
        starts.append(arena.count)
        lengths.append(key.count)
        arena.append(contentsOf: key)
        hashes.append(hash)
        counts.append(count)
        place(counts.count - 1)
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: 2 * slots.count)
        for entry in counts.indices { place(entry) }
    }

    /// Forgets every component, keeping the storage for the ones to come.
    mutating func removeAll() {
        arena.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
        for slot in slots.indices { slots[slot] = 0 }
    }
}
