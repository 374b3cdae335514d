//! Prometheus metrics at `/metrics`: requests by route template and status, their durations, the
//! outbox backlog and whether the database answers. Labels never carry personal data or raw
//! paths (which could), only route templates.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use super::AppState;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct JobStateLabels {
    state: &'static str,
}

type HistogramFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    durations: HistogramFamily,
    outbox_jobs: Family<JobStateLabels, Gauge>,
    database_up: Gauge,
}

fn duration_histogram() -> Histogram {
    // 1 ms … ~8 s
    Histogram::new(exponential_buckets(0.001, 2.0, 14))
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("kreisportal");
        let requests = Family::<RequestLabels, Counter>::default();
        let durations: HistogramFamily = Family::new_with_constructor(duration_histogram);
        let outbox_jobs = Family::<JobStateLabels, Gauge>::default();
        let database_up = Gauge::default();
        registry.register("http_requests", "HTTP requests answered", requests.clone());
        registry.register(
            "http_request_duration_seconds",
            "Time to answer HTTP requests",
            durations.clone(),
        );
        registry.register(
            "outbox_jobs",
            "Outbox jobs waiting or failed",
            outbox_jobs.clone(),
        );
        registry.register(
            "database_up",
            "1 when the database answered the last scrape",
            database_up.clone(),
        );
        let build = Family::<Vec<(String, String)>, Gauge>::default();
        build
            .get_or_create(&vec![("version".into(), env!("CARGO_PKG_VERSION").into())])
            .set(1);
        registry.register("build_info", "The running version", build);
        Metrics {
            registry,
            requests,
            durations,
            outbox_jobs,
            database_up,
        }
    }
}

/// Counts and times every request.
pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().to_string();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_owned();
    let response = next.run(request).await;
    let metrics = &state.metrics;
    metrics
        .durations
        .get_or_create(&RouteLabels {
            method: method.clone(),
            route: route.clone(),
        })
        .observe(started.elapsed().as_secs_f64());
    metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route,
            status: response.status().as_u16(),
        })
        .inc();
    response
}

/// `GET /metrics` in the Prometheus text format.
pub async fn export(State(state): State<AppState>) -> Response {
    let metrics = &state.metrics;
    match state.portal.storage.outbox_counts().await {
        Ok(counts) => {
            metrics.database_up.set(1);
            let as_gauge = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
            metrics
                .outbox_jobs
                .get_or_create(&JobStateLabels { state: "pending" })
                .set(as_gauge(counts.pending));
            metrics
                .outbox_jobs
                .get_or_create(&JobStateLabels { state: "failed" })
                .set(as_gauge(counts.failed));
        }
        Err(error) => {
            tracing::warn!(%error, "metrics: database unreachable");
            metrics.database_up.set(0);
        }
    }
    let mut body = String::new();
    if encode(&mut body, &metrics.registry).is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    response
}
