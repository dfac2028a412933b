//! Loading Fluent files: syntax errors become diagnostics with a line, and every message of a
//! file that loads can be formatted.
#![no_main]

use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle};
use libfuzzer_sys::fuzz_target;

static HOOK: std::sync::Once = std::sync::Once::new();

fuzz_target!(|data: &[u8]| {
    // libfuzzer-sys aborts on any panic, even one haven catches; a panic that escapes still
    // aborts the run through libfuzzer-sys's own check.
    HOOK.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
    let Ok(text) = std::str::from_utf8(data) else { return };
    match haven::load::locales::parse(Path::new("locales/en/main.ftl"), "en", text.to_owned()) {
        Err(diags) => assert!(diags.iter().all(|d| d.location.as_ref().is_some_and(|l| l.line >= 1))),
        Ok(file) => {
            let ids = haven::load::locales::message_ids(&file);
            let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
            bundle.add_resource_overriding(file.resource);
            let mut args = FluentArgs::new();
            args.set("count", 3);
            for (id, _) in ids {
                if let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) {
                    // As haven formats: an error, never a crash.
                    let _ = haven::render::i18n::format_guarded(&bundle, pattern, Some(&args));
                }
            }
        }
    }
});
