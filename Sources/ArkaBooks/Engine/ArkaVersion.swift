/// The version of Arka, the one constant every place that states a version reads: `arka
/// --version`, each scoring run (stored in the ledger, printed and in its JSON), and every
/// workbook (its document properties and the audit pack's cover).
///
/// ```swift
/// ArkaVersion.current   // "0.2.0"
/// ```
public enum ArkaVersion {
    /// The version of this build of Arka.
    public static let current = "0.2.0"
}
