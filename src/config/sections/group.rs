//! `[group:x]` sections, and `[program:x]` sections no group claims (each its own group).

use std::collections::HashSet;

use crate::config::error::ConfigError;
use crate::config::model::GroupConfig;
use crate::config::reader::Source;
use crate::config::values::list_of_strings;

use super::program;

/// The `[group:x]` groups, and the sections they claim (those make no group of their own).
pub fn groups(
    src: &Source,
    warnings: &mut Vec<String>,
) -> Result<(Vec<GroupConfig>, HashSet<String>), ConfigError> {
    let mut groups = Vec::new();
    let mut claimed = HashSet::new();
    for section in src.doc.section_names() {
        if !section.starts_with("group:") {
            continue;
        }
        let r = src.reader(&section, src.here_exp());
        let name = r.name()?;
        let programs = r.get("programs")?;
        let programs_list = programs
            .as_ref()
            .map(|v| list_of_strings(&v.text))
            .unwrap_or_default();
        let priority = r.int("priority", "999")?;
        let mut processes = Vec::new();
        for program in programs_list {
            let ps = format!("program:{}", program);
            let fs = format!("fcgi-program:{}", program);
            let target = match (src.doc.has_section(&ps), src.doc.has_section(&fs)) {
                (true, false) => ps,
                (false, true) => fs,
                (false, false) => {
                    return Err(r.err(
                        programs.as_ref(),
                        format!(
                            "[{}] names unknown program or fcgi-program {}",
                            section, program
                        ),
                    ))
                }
                (true, true) => {
                    return Err(r.err(
                        programs.as_ref(),
                        format!(
                            "[{}] name {} is ambiguous (exists as program and fcgi-program)",
                            section, program
                        ),
                    ))
                }
            };
            processes.extend(program::processes(src, warnings, &target, &name)?);
            claimed.insert(target);
        }
        // By priority; equal priorities keep the order `programs=` lists them in (a stable
        // sort, as Python's).
        processes.sort_by_key(|p| p.priority);
        groups.push(GroupConfig::programs(name, priority, processes));
    }
    Ok((groups, claimed))
}

/// A group for each `[program:x]` not in `claimed`.
pub fn program_groups(
    src: &Source,
    warnings: &mut Vec<String>,
    claimed: &HashSet<String>,
) -> Result<Vec<GroupConfig>, ConfigError> {
    let mut groups = Vec::new();
    for section in src.doc.section_names() {
        if !section.starts_with("program:") || claimed.contains(&section) {
            continue;
        }
        let r = src.reader(&section, src.here_exp());
        let name = r.name()?;
        let priority = r.int("priority", "999")?;
        let processes = program::processes(src, warnings, &section, &name)?;
        groups.push(GroupConfig::programs(name, priority, processes));
    }
    Ok(groups)
}
