//! Plain links to the current page in every language, each named in its own language.

use domain::Locale;
use leptos::prelude::*;

use crate::context::page_context;
use crate::t;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let context = page_context();
    let links = Locale::ALL
        .into_iter()
        .map(|locale| {
            let href = format!("{}?lang={}", context.path, locale.tag());
            let current = (locale == context.locale).then_some("true");
            view! {
                <li>
                    <a
                        href=href
                        lang=locale.tag()
                        hreflang=locale.tag()
                        dir=locale.direction().as_str()
                        aria-current=current
                    >
                        {locale.endonym()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switcher" aria-label=t("language-switcher-label")>
            <ul>{links}</ul>
        </nav>
    }
}
