//! A progress bar for long command-line runs, drawn on standard error in one line.

use std::io::{IsTerminal, Write};
use std::time::Instant;

/// Width of the bar in characters.
const WIDTH: usize = 30;

pub struct ProgressBar {
    label: &'static str,
    started: Instant,
    /// Redraws only where someone watches; a log file gets the summary line alone.
    terminal: bool,
    last_percent: Option<usize>,
}

impl ProgressBar {
    pub fn new(label: &'static str) -> ProgressBar {
        ProgressBar {
            label,
            started: Instant::now(),
            terminal: std::io::stderr().is_terminal(),
            last_percent: None,
        }
    }

    /// Draws `done` of `total`, at most once per percent.
    pub fn show(&mut self, done: usize, total: usize) {
        let percent = (done * 100).checked_div(total).unwrap_or(100);
        if !self.terminal || self.last_percent == Some(percent) {
            return;
        }
        self.last_percent = Some(percent);
        let filled = WIDTH * percent / 100;
        let line = format!(
            "\r[{}{}] {percent:>3} % {done}/{total} {}",
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            self.label
        );
        let mut stderr = std::io::stderr().lock();
        // A progress line that cannot be drawn is no reason to stop the work.
        let _ = stderr.write_all(line.as_bytes());
        let _ = stderr.flush();
    }

    /// Ends the line with the time taken.
    pub fn finish(self) {
        let line = format!(
            "{}{} in {:.1} s\n",
            if self.terminal { "\n" } else { "" },
            self.label,
            self.started.elapsed().as_secs_f64()
        );
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }
}
