//! Front matter splitting and typed YAML parsing: any input is an error or a lesson, never a
//! panic, a hang or unbounded memory.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = Path::new("content/lessons/x/en.md");
    match haven::load::content::parse(path, "x", "en", "lessons/x", text) {
        Ok(file) => assert_eq!(file.hash.len(), 16),
        Err(d) => assert!(d.location.is_some(), "{d}"),
    }
    let _ = haven::load::yaml::parse::<haven::load::CountryFile>(Path::new("content/countries/x.yaml"), text, 1);
    let _ = haven::load::yaml::parse::<haven::load::CampaignFile>(Path::new("campaign.yaml"), text, 1);
});
