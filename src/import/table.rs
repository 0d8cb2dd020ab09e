//! An exported CSV as a header and rows of text cells, each row with the line it starts on:
//! the byte-order mark dropped, the delimiter (`,` or `;`) found from the header line, and a
//! row that cannot be read (not UTF-8, the wrong number of cells) kept as a problem with its
//! place instead of stopping the import. Pure; must never panic on any bytes.

use crate::core::printable::shown;

/// Where a row went wrong, for a `file:line:col` report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line the row starts on.
    pub line: u64,
    /// 1-based column (in characters) of the offending cell, or of the row's start.
    pub col: usize,
    /// What is wrong, in words.
    pub message: String,
}

/// One data row.
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line the row starts on.
    pub line: u64,
    /// Byte offset of the row's start in the file, to place a cell's column.
    start: usize,
    /// The cells, one per column of the header.
    pub cells: Vec<String>,
}

/// The whole file.
#[derive(Debug)]
pub struct Table<'a> {
    bytes: &'a [u8],
    delimiter: u8,
    /// Column names as written, trimmed and without the byte-order mark.
    pub header: Vec<String>,
    /// Rows that read cleanly.
    pub rows: Vec<Row>,
    /// Rows that did not, with why.
    pub problems: Vec<Problem>,
}

impl Table<'_> {
    /// Index of the first column whose lower-cased name is one of `names`.
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        self.header.iter().position(|h| names.contains(&h.to_lowercase().as_str()))
    }

    /// A problem with cell `index` of `row`.
    pub fn problem(&self, row: &Row, index: usize, message: String) -> Problem {
        Problem {
            line: row.line,
            col: cell_column(self.bytes, row.start, self.delimiter, index),
            message,
        }
    }
}

const BOM: &[u8] = b"\xef\xbb\xbf";

/// Reads `bytes` as a CSV with a header line. `None` when there is no header at all (an empty
/// file, or only blank lines).
pub fn read(bytes: &[u8]) -> Option<Table<'_>> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let delimiter = sniff(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    // Only I/O can fail on a byte slice, and the slice cannot; treat it as no header.
    let header = records.next()?.ok()?;
    let header: Vec<String> =
        header.iter().map(|h| String::from_utf8_lossy(h).trim().to_string()).collect();
    if header.iter().all(String::is_empty) {
        return None;
    }
    let mut table = Table { bytes, delimiter, header, rows: Vec::new(), problems: Vec::new() };
    // Lines are counted from byte offsets as rows go by: the reader's own count skips blank
    // lines, and the lifter's editor does not.
    let (mut counted_to, mut line) = (0, 1);
    for record in records {
        let Ok(record) = record else { continue };
        let after = record.position().map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0));
        // The reader places a row just after the previous one, before any blank lines.
        let blank = bytes.get(after..).unwrap_or_default();
        let start = after + blank.iter().take_while(|b| matches!(b, b'\r' | b'\n')).count();
        let seen = bytes.get(counted_to..start).unwrap_or_default();
        line += seen.iter().filter(|&&b| b == b'\n').count() as u64;
        counted_to = counted_to.max(start);
        let row = Row { line, start, cells: Vec::new() };
        match cells(&record, table.header.len()) {
            Ok(cells) => table.rows.push(Row { cells, ..row }),
            Err((index, message)) => {
                let problem = table.problem(&row, index, message);
                table.problems.push(problem);
            }
        }
    }
    Some(table)
}

/// The cells of one record as text, or the index of the cell at fault and why.
fn cells(record: &csv::ByteRecord, columns: usize) -> Result<Vec<String>, (usize, String)> {
    if record.len() != columns {
        let message =
            format!("has {} cells where the header names {columns}; row skipped", record.len());
        return Err((0, message));
    }
    record
        .iter()
        .enumerate()
        .map(|(i, cell)| {
            let text = std::str::from_utf8(cell)
                .map_err(|_| (i, "is not UTF-8 text; row skipped".into()))?;
            Ok(visible(text))
        })
        .collect()
}

/// Untrusted text cleaned at the door: a control character (an escape sequence's start, a
/// stray carriage return) would reach the terminal when a name is printed, so it becomes the
/// same visible stand-in every report uses. Line breaks inside a quoted note become spaces.
fn visible(text: &str) -> String {
    shown(&text.replace(['\n', '\r', '\t'], " "))
}

/// `;` when the first line has more semicolons than commas outside quotes, else `,`.
fn sniff(bytes: &[u8]) -> u8 {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for &b in bytes.iter().take_while(|&&b| b != b'\n') {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

/// The 1-based character column where cell `index` begins in the row starting at byte
/// `start`, counting delimiters outside quotes. Rows never start mid-line, so `start` is a
/// line's first byte.
fn cell_column(bytes: &[u8], start: usize, delimiter: u8, index: usize) -> usize {
    let rest = bytes.get(start..).unwrap_or_default();
    let (mut seen, mut quoted, mut at) = (0, false, rest.len());
    for (i, &b) in rest.iter().enumerate() {
        if seen == index {
            at = i;
            break;
        }
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b if b == delimiter && !quoted => seen += 1,
            _ => {}
        }
    }
    let before = rest.get(..at).unwrap_or_default();
    String::from_utf8_lossy(before).chars().count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_semicolons_and_line_numbers() {
        let text = "\u{feff}Date;Name;Reps\n2024-01-01;\"a;b\";5\n\n2024-01-02;c;6\n";
        let table = read(text.as_bytes()).unwrap();
        assert_eq!(table.header, ["Date", "Name", "Reps"]);
        assert_eq!(table.delimiter, b';');
        let lines: Vec<_> = table.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4]);
        assert_eq!(table.rows[0].cells[1], "a;b");
        assert_eq!(table.column(&["name"]), Some(1));
        let escaped = read(b"A,B\nx\x1b[31m,\"two\nlines\"\n").unwrap();
        assert_eq!(escaped.rows[0].cells, ["x?[31m", "two lines"]);
    }

    #[test]
    fn a_short_row_is_a_problem_with_its_place_and_the_rest_is_kept() {
        let text = b"A,B,C\n1,2,3\n4,5\n\"x\",\"y\",\xff\n7,8,9\n";
        let table = read(text).unwrap();
        assert_eq!(table.rows.len(), 2);
        let places: Vec<_> = table.problems.iter().map(|p| (p.line, p.col)).collect();
        assert_eq!(places, [(3, 1), (4, 9)]);
    }

    #[test]
    fn nothing_to_read_is_no_table() {
        assert!(read(b"").is_none());
        assert!(read(b"\xef\xbb\xbf").is_none());
        assert!(read(b"\n\n").is_none());
    }
}
