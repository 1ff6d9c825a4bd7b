/// The cells of an input that was not read as text (a workbook's sheet), carried by its `SourceText`.
/// Declared here so that the bottom layer can hold them; the workbook reader in the Inputs layer makes
/// them.
public protocol SheetCells: Sendable {
  /// How many rows of the sheet hold a value.
  var rowCount: Int { get }

  /// The diagnostic with the cell it points at named in its message (`cell H12 in sheet 'Tracker': …`),
  /// when it points at a cell of this sheet in `path`.
  func namingCell(_ diagnostic: Diagnostic, path: String) -> Diagnostic
}
