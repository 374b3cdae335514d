//! What digital delivery saves: letters per month by the way they went, and the paper, postage
//! and (if the tenant wants that framing) trees the digital ones spared, from unit costs the
//! tenant sets. Aggregates only: these figures are published as open data.

use serde::{Deserialize, Serialize};

/// The letters (Bescheide) of one month, by how they reached their recipients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MonthlyLetters {
    pub year: i32,
    pub month: u8,
    /// Retrieved from, or still waiting in, a Postfach.
    pub digital: u32,
    /// Sent on paper from the start or after ten days unretrieved.
    pub paper: u32,
}

impl MonthlyLetters {
    /// `2026-11`.
    pub fn label(&self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

/// What one letter on paper costs; the tenant's figures, with common defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PaperCosts {
    pub sheets_per_letter: u32,
    /// Postage of a standard letter, in cents.
    pub postage_cents: u32,
    /// Paper, toner and enveloping per sheet, in cents.
    pub print_cents_per_sheet: u32,
    /// Sheets of office paper made from one tree: shown only when set (a framing some
    /// authorities use, others avoid as too rough).
    pub sheets_per_tree: Option<u32>,
}

impl Default for PaperCosts {
    fn default() -> Self {
        PaperCosts {
            sheets_per_letter: 2,
            postage_cents: 95,
            print_cents_per_sheet: 6,
            sheets_per_tree: None,
        }
    }
}

/// What the digital letters spared.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Savings {
    pub digital: u64,
    pub paper: u64,
    pub sheets: u64,
    pub euro_cents: u64,
    pub trees: Option<f64>,
}

impl Savings {
    /// The digital share in whole percent; `None` without letters.
    pub fn digital_percent(&self) -> Option<u64> {
        let all = self.digital + self.paper;
        (all > 0).then(|| (self.digital * 100 + all / 2) / all)
    }
}

pub fn savings(months: &[MonthlyLetters], costs: &PaperCosts) -> Savings {
    let digital: u64 = months.iter().map(|m| u64::from(m.digital)).sum();
    let paper: u64 = months.iter().map(|m| u64::from(m.paper)).sum();
    let sheets = digital * u64::from(costs.sheets_per_letter);
    let euro_cents =
        digital * u64::from(costs.postage_cents) + sheets * u64::from(costs.print_cents_per_sheet);
    Savings {
        digital,
        paper,
        sheets,
        euro_cents,
        trees: costs
            .sheets_per_tree
            .filter(|per_tree| *per_tree > 0)
            .map(|per_tree| sheets as f64 / f64::from(per_tree)),
    }
}

/// The open-data table: one line per month, a header first (RFC 4180, comma separated).
pub fn csv(months: &[MonthlyLetters], costs: &PaperCosts) -> String {
    let mut out = String::from("monat,digital,papier,blatt_gespart,euro_gespart\n");
    for month in months {
        let saved = savings(std::slice::from_ref(month), costs);
        out.push_str(&format!(
            "{},{},{},{},{}.{:02}\n",
            month.label(),
            month.digital,
            month.paper,
            saved.sheets,
            saved.euro_cents / 100,
            saved.euro_cents % 100
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months() -> Vec<MonthlyLetters> {
        vec![
            MonthlyLetters {
                year: 2026,
                month: 10,
                digital: 3,
                paper: 1,
            },
            MonthlyLetters {
                year: 2026,
                month: 11,
                digital: 5,
                paper: 0,
            },
        ]
    }

    #[test]
    fn digital_letters_save_sheets_postage_and_optionally_trees() {
        let costs = PaperCosts::default();
        let saved = savings(&months(), &costs);
        assert_eq!((saved.digital, saved.paper), (8, 1));
        assert_eq!(saved.sheets, 16);
        assert_eq!(saved.euro_cents, 8 * 95 + 16 * 6);
        assert_eq!(saved.trees, None);
        assert_eq!(saved.digital_percent(), Some(89));
        let with_trees = PaperCosts {
            sheets_per_tree: Some(8),
            ..costs
        };
        assert_eq!(savings(&months(), &with_trees).trees, Some(2.0));
        assert_eq!(savings(&[], &costs).digital_percent(), None);
    }

    #[test]
    fn the_open_data_table_has_a_line_per_month() {
        assert_eq!(
            csv(&months(), &PaperCosts::default()),
            "monat,digital,papier,blatt_gespart,euro_gespart\n\
             2026-10,3,1,6,3.21\n\
             2026-11,5,0,10,5.35\n"
        );
    }
}
