/// A JSON value kept as it was read, so fields Tarjama does not know survive a rewrite.
///
/// Numbers keep their written form (`0.870`, `12345678901234567890`) and objects keep their key
/// order, so a record read and written back differs only where Tarjama changed it.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number as written in the file.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A number value from a `Double`, in the shortest form that reads back the same.
    /// Returns nil for NaN and infinities, which JSON cannot hold.
    public static func number(_ value: Double) -> JSONValue? {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return .number(String(Int64(value))) }
        return .number(String(describing: value))
    }

    /// A number value from an integer.
    public static func number(_ value: Int) -> JSONValue { .number(String(value)) }

    /// The string, when this is a string.
    public var stringValue: String? {
        if case let .string(value) = self { return value }
        return nil
    }

    /// The number as a `Double`, when this is a number.
    public var doubleValue: Double? {
        if case let .number(text) = self { return Double(text) }
        return nil
    }

    /// The number as an `Int`, when this is an integral number that fits.
    public var intValue: Int? {
        guard case let .number(text) = self else { return nil }
        if let value = Int(text) { return value }
        if let value = Double(text), value == value.rounded(), abs(value) < 9e15 { return Int(value) }
        return nil
    }

    /// The elements, when this is an array.
    public var arrayValue: [JSONValue]? {
        if case let .array(value) = self { return value }
        return nil
    }

    /// The object, when this is an object.
    public var objectValue: JSONObject? {
        if case let .object(value) = self { return value }
        return nil
    }

    /// The bool, when this is a bool.
    public var boolValue: Bool? {
        if case let .bool(value) = self { return value }
        return nil
    }
}

/// A JSON object with its members in the order they were read or added.
public struct JSONObject: Sendable, Hashable {
    /// The member names, in order, without duplicates.
    public private(set) var keys: [String] = []
    /// The member values, parallel to ``keys``.
    public private(set) var values: [JSONValue] = []

    public init() {}

    /// An object with `members` in the given order; a repeated key keeps its last value.
    public init(_ members: [(String, JSONValue)]) {
        for (key, value) in members { self[key] = value }
    }

    /// Whether the object has no members.
    public var isEmpty: Bool { keys.isEmpty }

    /// The number of members.
    public var count: Int { keys.count }

    /// The members in order.
    public var members: [(key: String, value: JSONValue)] {
        zip(keys, values).map { (key: $0, value: $1) }
    }

    /// Appends a member the caller knows is new (the parser checks names with a set), without
    /// the linear search of the subscript: an object of n members is read in O(n), not O(n²).
    mutating func appendNew(_ key: String, _ value: JSONValue) {
        keys.append(key)
        values.append(value)
    }

    /// The value for `key`; setting nil removes the member, setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }
}
