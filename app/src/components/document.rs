//! The HTML document around every page: language and direction, title, assets, and the layout
//! landmarks (header, main, footer) with the skip link first.

use leptos::prelude::*;

use crate::components::{DemoBanner, SiteFooter, SiteHeader, SkipLink, TimeoutDialog};
use crate::context::{Visitor, page_context};

#[component]
pub fn Document(
    /// The full title, already with the portal's name.
    title: String,
    children: Children,
) -> impl IntoView {
    let context = page_context();
    let timeout_warning = match context.visitor {
        Visitor::LoggedIn {
            idle_seconds,
            seconds_left,
            ..
        } => Some(view! { <TimeoutDialog idle_seconds=idle_seconds seconds_left=seconds_left/> }),
        Visitor::Anonymous { .. } => None,
    };
    view! {
        <html lang=context.locale.tag() dir=context.locale.direction().as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>{title}</title>
                <link rel="stylesheet" href=context.assets.stylesheet.clone()/>
                <link rel="icon" href=context.assets.icon.clone() type="image/svg+xml"/>
                <script src=context.assets.script.clone() defer=true></script>
            </head>
            <body>
                <SkipLink/>
                <DemoBanner/>
                <SiteHeader/>
                <main id="main" class="container main" tabindex="-1">{children()}</main>
                <SiteFooter/>
                {timeout_warning}
            </body>
        </html>
    }
}
