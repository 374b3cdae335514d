//! `cargo run --release -p search-bench`: indexes one generated corpus at the seed's scale
//! (57,219 Akten, 1,405,240 documents) with both search engines — tantivy in a temporary folder
//! and PostgreSQL full-text search in a throw-away database — and reports build rate, index
//! size and the latency (p50/p95) of typical caseworker queries, side by side, as Markdown.

#![expect(
    clippy::print_stdout,
    reason = "the report is what the benchmark prints"
)]

mod corpus;

use std::path::Path;
use std::time::{Duration, Instant};

use clap::Parser;
use search_tantivy::TantivySearch;
use storage::{EntryKind, FacetFilter, ReadScope, SearchEntry, SearchIndex, SearchQuery};
use storage_postgres::PostgresStorage;
use storage_postgres::testing::TestDatabase;

use crate::corpus::Corpus;

#[derive(Debug, Parser)]
#[command(about = "Search benchmark: tantivy and PostgreSQL full-text search on one corpus")]
struct Args {
    #[arg(long, default_value_t = 57_219)]
    akten: usize,
    #[arg(long, default_value_t = 1_405_240)]
    documents: usize,
    /// Runs of every query and scope, after one warm-up run.
    #[arg(long, default_value_t = 15)]
    runs: usize,
    #[arg(long, default_value_t = 2026)]
    seed: u64,
    /// Entries written to tantivy per commit.
    #[arg(long, default_value_t = 20_000)]
    tantivy_batch: usize,
    /// Entries written to PostgreSQL per INSERT.
    #[arg(long, default_value_t = 2_000)]
    postgres_batch: usize,
}

/// A query as caseworkers type it, with the facet they may have chosen.
struct Typical {
    what: &'static str,
    text: &'static str,
    filter: FacetFilter,
}

fn typical_queries() -> Vec<Typical> {
    let plain = |what, text| Typical {
        what,
        text,
        filter: FacetFilter::default(),
    };
    vec![
        plain("a very common word", "Bescheid"),
        plain("a technical term, inflected", "Erdwärmesonden"),
        plain("a family name", "Brinkmann"),
        plain("two words", "Baugenehmigung Kamen"),
        plain("a phrase", "\"wasserrechtliche Erlaubnis\""),
        Typical {
            what: "inflected word, year 2023",
            text: "Gebühren",
            filter: FacetFilter {
                year: Some(2023),
                ..FacetFilter::default()
            },
        },
        Typical {
            what: "name and town, Akten only",
            text: "Yilmaz Werne",
            filter: FacetFilter {
                kind: Some(EntryKind::Akte),
                ..FacetFilter::default()
            },
        },
    ]
}

/// Who searches: one unit's caseworker, a team lead of two units, and all units (the widest).
fn scopes() -> Vec<(&'static str, ReadScope)> {
    let units = |codes: &[&str]| {
        codes
            .iter()
            .map(|code| (*code).to_owned())
            .collect::<Vec<_>>()
    };
    vec![
        (
            "caseworker of 63",
            ReadScope {
                units: units(&["63"]),
                confidential_units: Vec::new(),
            },
        ),
        (
            "team lead of 69.2 and 53",
            ReadScope {
                units: units(&["69.2", "53"]),
                confidential_units: units(&["69.2", "53"]),
            },
        ),
        (
            "all eight units",
            ReadScope {
                units: units(&["53", "69.2", "63", "32", "36", "50", "51", "70"]),
                confidential_units: Vec::new(),
            },
        ),
    ]
}

struct Built {
    duration: Duration,
    entries: usize,
    text_bytes: u64,
}

/// Feeds the whole corpus into `index` in batches.
async fn build(
    index: &dyn SearchIndex,
    corpus: &Corpus,
    batch_size: usize,
) -> anyhow::Result<Built> {
    let started = Instant::now();
    let mut batch: Vec<SearchEntry> = Vec::with_capacity(batch_size);
    let mut entries = 0;
    let mut text_bytes = 0;
    for akte in corpus.akten() {
        for entry in std::iter::once(akte.akte).chain(akte.documents) {
            text_bytes += (entry.title.len() + entry.body.len()) as u64;
            batch.push(entry);
            if batch.len() >= batch_size {
                entries += batch.len();
                index.put(std::mem::take(&mut batch)).await?;
                progress(entries);
            }
        }
    }
    entries += batch.len();
    index.put(batch).await?;
    eprintln!();
    Ok(Built {
        duration: started.elapsed(),
        entries,
        text_bytes,
    })
}

fn progress(entries: usize) {
    eprint!("\r{entries} entries written");
}

struct Latencies {
    /// Per query, every run of every scope.
    per_query: Vec<Vec<Duration>>,
    /// Matches per query in the widest scope, to show both engines found alike.
    totals: Vec<u64>,
}

async fn measure(index: &dyn SearchIndex, runs: usize) -> anyhow::Result<Latencies> {
    let queries = typical_queries();
    let mut per_query = vec![Vec::new(); queries.len()];
    let mut totals = vec![0; queries.len()];
    for (number, typical) in queries.iter().enumerate() {
        for (_, scope) in scopes() {
            let query = SearchQuery {
                text: typical.text.to_owned(),
                scope,
                filter: typical.filter.clone(),
                limit: 20,
            };
            totals[number] = index.search(&query).await?.total;
            for _ in 0..runs {
                let started = Instant::now();
                index.search(&query).await?;
                per_query[number].push(started.elapsed());
            }
        }
    }
    Ok(Latencies { per_query, totals })
}

fn percentile(samples: &[Duration], percent: usize) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let rank = (sorted.len() * percent).div_ceil(100).max(1) - 1;
    sorted.get(rank).copied().unwrap_or_default()
}

fn millis(duration: Duration) -> String {
    format!("{:.1} ms", duration.as_secs_f64() * 1_000.0)
}

fn mebibytes(bytes: u64) -> String {
    format!("{:.0} MiB", bytes as f64 / 1_048_576.0)
}

struct Report {
    engine: &'static str,
    built: Built,
    size_bytes: u64,
    latencies: Latencies,
}

fn print_report(reports: &[Report], args: &Args) {
    let text_bytes = reports.first().map_or(0, |report| report.built.text_bytes);
    println!(
        "Corpus: {} Akten, {} documents, {} entries, {} of text (seed {}); {} runs per query and scope after one warm-up, limit 20 hits, facets counted.\n",
        args.akten,
        args.documents,
        reports.first().map_or(0, |report| report.built.entries),
        mebibytes(text_bytes),
        args.seed,
        args.runs
    );
    println!("| Engine | Build | Entries/s | Index size | p50 all queries | p95 all queries |");
    println!("|---|---|---|---|---|---|");
    for report in reports {
        let all: Vec<Duration> = report
            .latencies
            .per_query
            .iter()
            .flatten()
            .copied()
            .collect();
        println!(
            "| {} | {:.0} s | {:.0} | {} | {} | {} |",
            report.engine,
            report.built.duration.as_secs_f64(),
            report.built.entries as f64 / report.built.duration.as_secs_f64(),
            mebibytes(report.size_bytes),
            millis(percentile(&all, 50)),
            millis(percentile(&all, 95)),
        );
    }
    println!();
    let mut header = String::from("| Query | Matches (all units) |");
    let mut rule = String::from("|---|---|");
    for report in reports {
        header.push_str(&format!(" {} p50 | {} p95 |", report.engine, report.engine));
        rule.push_str("---|---|");
    }
    println!("{header}\n{rule}");
    for (number, typical) in typical_queries().iter().enumerate() {
        let totals: Vec<String> = reports
            .iter()
            .map(|report| report.latencies.totals[number].to_string())
            .collect();
        let mut row = format!(
            "| {} `{}` | {} |",
            typical.what,
            typical.text,
            totals.join(" / ")
        );
        for report in reports {
            let samples = &report.latencies.per_query[number];
            row.push_str(&format!(
                " {} | {} |",
                millis(percentile(samples, 50)),
                millis(percentile(samples, 95))
            ));
        }
        println!("{row}");
    }
}

fn folder_size(folder: &Path) -> anyhow::Result<u64> {
    Ok(TantivySearch::size_bytes(folder)?)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let corpus = Corpus::new(args.akten, args.documents, args.seed);
    let mut reports = Vec::new();

    eprintln!("tantivy: indexing");
    let folder = tempfile::tempdir()?;
    let tantivy = TantivySearch::open(folder.path())?;
    let built = build(&tantivy, &corpus, args.tantivy_batch).await?;
    let latencies = measure(&tantivy, args.runs).await?;
    reports.push(Report {
        engine: "tantivy",
        built,
        size_bytes: folder_size(folder.path())?,
        latencies,
    });
    drop(tantivy);
    drop(folder);

    eprintln!("PostgreSQL: indexing");
    let database = TestDatabase::create()
        .await
        .ok_or_else(|| anyhow::anyhow!("no PostgreSQL (see KREISPORTAL_TEST_POSTGRES_URL)"))?;
    let storage = PostgresStorage::connect(database.url(), 4).await?;
    storage.migrate().await?;
    let postgres = storage.search_index();
    let built = build(&postgres, &corpus, args.postgres_batch).await?;
    postgres.analyze().await?;
    let latencies = measure(&postgres, args.runs).await?;
    let size_bytes = postgres.size_bytes().await?;
    eprintln!(
        "PostgreSQL GIN index alone: {}",
        mebibytes(postgres.word_index_bytes().await?)
    );
    reports.push(Report {
        engine: "PostgreSQL",
        built,
        size_bytes,
        latencies,
    });
    storage.close().await;
    database.drop_database().await;

    print_report(&reports, &args);
    Ok(())
}
