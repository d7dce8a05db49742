{#- Caption reading: a caption naming the unit after a dash (`Produktionsdata – Privata vårdgivare`,
    `Sammanställning produktion - Privata och regiondrivna vårdcentraler (Släp enligt Privera)`) gives the
    table's org unit, when the text after the dash is an org-unit-like noun phrase (vårdcentraler, vårdgivare,
    klinik, sjukhus, VO, division, område, primärvård, hälsocentral) or a known org-unit alias;
    `Egen produktion`, `mars`, `475 mnkr` name no unit. One row per distinct caption. -#}
with cells as (
    select * from {{ ref('stg_reports__table_cells') }}
    where value is not null
),

org_aliases as (
    select distinct {{ normalize_label('alias') }} as alias_key from {{ ref('org_unit_aliases') }}
),

caption_tails as (
    select
        caption,
        trim(regexp_replace(
            {{ re_extract("split_part(caption, ' | ', 1)", "'.*\\s[–-]\\s+(.+)$'", 1) }}, '\s*\([^)]*\)\s*', ' ', 'g'
        )) as tail
    from (select distinct caption from cells) as captions
),

final as (
    select
        caption_tails.caption,
        case
            when length(caption_tails.tail) between 3 and 60
                and not {{ re_matches("caption_tails.tail", "'[0-9%]'") }}
                and {{ re_matches("caption_tails.tail", "'^[A-ZÅÄÖ]'") }}
                and ({{ re_matches("lower(caption_tails.tail)", "'(^|\\s)(vårdcentral\\w*|vårdgivare\\w*|klinik\\w*|\\w*kliniken|sjukhus\\w*|vo|division\\w*|område\\w*|'
                        || 'primärvård\\w*|hälsocentral\\w*|närsjukvård\\w*|länssjukvård\\w*)(\\s|$)'") }}
                    or org_aliases.alias_key is not null)
                then caption_tails.tail
        end as caption_org_unit
    from caption_tails
    left join org_aliases on {{ normalize_label('caption_tails.tail') }} = org_aliases.alias_key
)

select * from final
