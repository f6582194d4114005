/// The holder of a bearer token: a user name (recorded as `changedBy`) and a role.
public struct Principal: Sendable, Hashable {
    public var user: String
    public var role: Role

    public init(user: String, role: Role) {
        self.user = user
        self.role = role
    }
}
