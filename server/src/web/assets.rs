//! Static assets compiled into the binary (`style/`, `public/`) and served under names that
//! carry a content hash, so browsers may cache them for a year and still see every change.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::AppState;

struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

const FILES: &[Asset] = &[
    Asset {
        name: "kreisportal.css",
        content_type: "text/css; charset=utf-8",
        bytes: include_bytes!("../../../style/kreisportal.css"),
    },
    Asset {
        name: "kreisportal.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../../../public/kreisportal.js"),
    },
    Asset {
        name: "favicon.svg",
        content_type: "image/svg+xml",
        bytes: include_bytes!("../../../public/favicon.svg"),
    },
];

pub struct Assets {
    /// `(hashed name, asset)`, e.g. `kreisportal.3f9a…c1.css`.
    hashed: Vec<(String, &'static Asset)>,
}

impl Assets {
    pub fn embedded() -> Assets {
        let hashed = FILES
            .iter()
            .map(|asset| (hashed_name(asset), asset))
            .collect();
        Assets { hashed }
    }

    fn url(&self, name: &str) -> String {
        self.hashed
            .iter()
            .find(|(_, asset)| asset.name == name)
            .map(|(hashed, _)| format!("/assets/{hashed}"))
            .unwrap_or_default()
    }

    /// The URLs the pages link to.
    pub fn urls(&self) -> app::Assets {
        app::Assets {
            stylesheet: self.url("kreisportal.css"),
            icon: self.url("favicon.svg"),
            script: self.url("kreisportal.js"),
        }
    }
}

/// 64-bit FNV-1a of the content, in hex, before the extension.
fn hashed_name(asset: &Asset) -> String {
    let hash = asset
        .bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
        });
    match asset.name.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}.{hash:016x}.{extension}"),
        None => format!("{}.{hash:016x}", asset.name),
    }
}

/// `GET /assets/{file}`
pub async fn serve(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some((_, asset)) = state
        .assets
        .hashed
        .iter()
        .find(|(hashed, _)| *hashed == file)
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = asset.bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    response
}
