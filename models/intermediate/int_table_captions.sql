{#- Caption reading: a caption naming the unit after a dash (`Produktionsdata – Privata vårdgivare`,
    `Sammanställning produktion - Privata och regiondrivna vårdcentraler (Släp enligt Privera)`) gives the
    table's org unit, when the text after the dash is an org-unit-like noun phrase (vårdcentraler, vårdgivare,
    klinik, sjukhus, VO, division, område, primärvård, hälsocentral) or a known org-unit alias;
    `Egen produktion`, `mars`, `475 mnkr` name no unit. A caption that is another caption of its report plus one
    capitalised word (`Egenproducerad verksamhet` over one table, `Egenproducerad verksamhet IVA` over the next):
    the series names its parts as Västmanland's `Produktionsdata – Tandvård` does with a dash, and the word
    that sets the table apart from its sibling is the unit whose figures it holds (unless it names a metric).
    One row per report and distinct caption (the sibling caption is one of the same report), built per report
    (macros/changed_reports.sql). -#}
{{ config(materialized="incremental", incremental_strategy="append", pre_hook="{{ delete_changed_reports() }}") }}

with cells as (
    select * from {{ ref('stg_reports__table_cells') }}
    where value is not null and {{ changed_report('report_file') }}
),

org_aliases as (
    select distinct {{ normalize_label('alias') }} as alias_key from {{ ref('org_unit_aliases') }}
),

breakdown_patterns as (
    select label_pattern from {{ ref('breakdown_labels') }}
),

metric_aliases as (
    select alias_key from {{ ref('int_metric_alias_keys') }}
),

report_captions as (
    select distinct
        report_file,
        caption
    from cells
    where caption <> ''
),

-- `<a sibling caption> <Word>`: the word after the shared stem
stem_words as (
    select
        longer.report_file,
        longer.caption,
        max(trim(substr(longer.caption, length(stem.caption) + 2))) as stem_word
    from report_captions as longer
    inner join report_captions as stem
        on longer.report_file = stem.report_file
        and left(longer.caption, length(stem.caption) + 1) = stem.caption || ' '
    where {{ re_matches(
        "trim(substr(longer.caption, length(stem.caption) + 2))", "'^[A-ZÅÄÖ][A-Za-zÅÄÖåäöéü-]{1,30}$'"
    ) }}
    group by longer.report_file, longer.caption
),

-- the word names a unit, not a part of the whole (`Kvinnor`, a staff category: seeds/breakdown_labels.csv), the whole
-- (`Totalt`), a month or a metric
stem_units as (
    select
        stem_words.report_file,
        stem_words.caption,
        stem_words.stem_word
    from stem_words
    where {{ month_in('lower(stem_words.stem_word)') }} is null
        and not {{ re_matches("lower(stem_words.stem_word)", "'^(totalt|total|summa|samtliga)$'") }}
        and not exists (
            select 1 from breakdown_patterns
            where {{ re_matches("lower(stem_words.stem_word)", 'breakdown_patterns.label_pattern') }}
        )
        and not exists (
            select 1 from metric_aliases
            where position(
                ' ' || metric_aliases.alias_key || ' ' in ' ' || {{ normalize_label('stem_words.stem_word') }} || ' '
            ) > 0
        )
),

caption_tails as (
    select
        report_file,
        caption,
        trim(regexp_replace(
            {{ re_extract("split_part(caption, ' | ', 1)", "'.*\\s[–-]\\s+(.+)$'", 1) }}, '\s*\([^)]*\)\s*', ' ', 'g'
        )) as tail
    from (select distinct report_file, caption from cells) as captions
),

final as (
    select
        caption_tails.report_file,
        caption_tails.caption,
        case
            when length(caption_tails.tail) between 3 and 60
                and not {{ re_matches("caption_tails.tail", "'[0-9%]'") }}
                and {{ re_matches("caption_tails.tail", "'^[A-ZÅÄÖ]'") }}
                and ({{ re_matches("lower(caption_tails.tail)",
                        "'(^|\\s)(vårdcentral\\w*|vårdgivare\\w*|klinik\\w*|\\w*kliniken|sjukhus\\w*|vo|division\\w*|område\\w*|'
                        || 'primärvård\\w*|hälsocentral\\w*|närsjukvård\\w*|länssjukvård\\w*)(\\s|$)'") }}
                    or org_aliases.alias_key is not null)
                then caption_tails.tail
            else stem_units.stem_word
        end as caption_org_unit
    from caption_tails
    left join org_aliases on {{ normalize_label('caption_tails.tail') }} = org_aliases.alias_key
    left join stem_units
        on caption_tails.report_file = stem_units.report_file and caption_tails.caption = stem_units.caption
)

select * from final
