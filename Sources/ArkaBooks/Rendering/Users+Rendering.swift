import ArkaCore
import Foundation

extension [LedgerUser] {
    /// The users as `arka user list` gives them: name, role, whether they may sign in, who added
    /// them and when, and their last change. No password hash is ever shown.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .csv:
            return CSVText.table(
                ["name", "role", "status", "added_by", "added_at", "changed_at"],
                map { [$0.name, $0.role.rawValue, $0.isDisabled ? "disabled" : "active", $0.addedBy, $0.addedAt, $0.changedAt] })
        case .json:
            return JSONText.render(
                map { UserJSON(name: $0.name, role: $0.role.rawValue, status: $0.isDisabled ? "disabled" : "active", addedBy: $0.addedBy, addedAt: $0.addedAt, changedAt: $0.changedAt) })
        case .text:
            guard !isEmpty else { return tr("The ledger has no users yet; add one with arka user add.") + "\n" }
            var table = TextTable(columns: [("Name", .left), ("Role", .left), ("Status", .left), ("Added by", .left), ("Added", .left), ("Last change", .left)])
            for user in self {
                table.add([user.name, user.role.rawValue, user.isDisabled ? tr("disabled") : tr("active"), user.addedBy, user.addedAt, user.changedAt])
            }
            return table.render()
        }
    }
}

/// A user as `arka user list --format json` gives it.
private struct UserJSON: Encodable {
    var name, role, status, addedBy, addedAt, changedAt: String
}
