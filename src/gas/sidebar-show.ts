// Opens the sidebar page (dist/sidebar.html) in the current spreadsheet.
export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Sổ điểm');
  SpreadsheetApp.getUi().showSidebar(page);
}
