//! Today's date, for checks of how old a contact's verification is. `HAVEN_TODAY=YYYY-MM-DD`
//! fixes it, for reproducible checks and tests.

use std::time::{SystemTime, UNIX_EPOCH};

/// Today as (year, month, day), in UTC.
pub fn today() -> (i32, u32, u32) {
    if let Some(fixed) = std::env::var("HAVEN_TODAY").ok().and_then(|s| parse(&s)) {
        return fixed;
    }
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    civil_from_days((secs / 86_400) as i64)
}

fn parse(s: &str) -> Option<(i32, u32, u32)> {
    let mut p = s.split('-');
    Some((p.next()?.parse().ok()?, p.next()?.parse().ok()?, p.next()?.parse().ok()?))
}

/// The proleptic Gregorian date of a count of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_to_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_515), (2026, 3, 3));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
