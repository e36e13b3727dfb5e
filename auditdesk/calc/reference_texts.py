"""Built-in reference-data texts in the user's language (no Qt).

The built-in set (``resources/reference/vn_default.yaml``) is stored in each
database as it is, in English: its name, description, and every factor's source
and note. Those texts are marked here for the catalogue (context
"ReferenceData"), and ``display_text`` shows them in the current language
wherever they are read: the PDF annex, estimate notes, the CLI. A set the user
made keeps its texts as typed (they are not in the catalogue, so they come back
unchanged). The factor labels need none of this: each factor has ``label_en``
and ``label_vi``.

``tests/l10n/test_reference_texts.py`` fails when a text of the YAML file is
missing here or has no Vietnamese translation.
"""

from __future__ import annotations

from auditdesk.i18n import QT_TRANSLATE_NOOP, translate

#: Every text of the built-in set, as in the YAML file (English is the key).
BUILTIN_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ReferenceData", "Viet Nam default 2025"),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Built-in reference data for RECP audits in Viet Nam: grid emission factors, EVN "
        "manufacturing tariff, typical prices, IPCC 2006 fuel factors, MOIT TOE factors."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "AuditDesk REFERENCE.md (MONRE/MAE, EVN Decision 1279/QĐ-BCT, IPCC 2006, MOIT "
        "3505/BCT-KHCN); every factor names its own source."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "MONRE Department of Climate Change (now MAE), Viet Nam grid emission factor, combined "
        "margin; summary table on climatechange.vn ('Viet Nam's 2023 updated grid emission factor "
        "signifies lower electricity emissions')"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "MONRE Department of Climate Change (now MAE), Viet Nam grid emission factor, combined "
        "margin; summary table on climatechange.vn ('Viet Nam's 2023 updated grid emission factor "
        "signifies lower electricity emissions'); letter 327/BĐKH-PTCBT"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "(check) The letter number 327/BĐKH-PTCBT comes from a secondary source."
    ),
    QT_TRANSLATE_NOOP("ReferenceData", "Latest official value; the default year."),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "HUST/MAE research estimate of the 2024 grid emission factor, 'for reference only'"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Estimate, not an official value: never use it as the default."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "2023 is the latest official value; 2024 is only a research estimate."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "EVN retail tariff for manufacturing (sản xuất), Decision 1279/QĐ-BCT, effective "
        "10/05/2025"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "(check) Taken from three consistent secondary copies of Decision 1279/QĐ-BCT. Price "
        "before VAT."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Resolution 204/2025/QH15 (VAT reduced to 8 % until 31/12/2026)"
    ),
    QT_TRANSLATE_NOOP("ReferenceData", "(check) 8 % until 31/12/2026; the standard rate is 10 %."),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Blended from the 6–22 kV manufacturing tariff before VAT for a flat 24-hour, 7-day load "
        "under the legacy time-of-use schedule: 96 h/week normal (57.1 %), 42 h/week off-peak "
        "(25.0 %), 30 h/week peak (17.9 %). Valued before VAT because a manufacturer deducts input"
        " VAT. Replace with the enterprise's average price from its bills when known."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "AuditDesk placeholder: typical industrial-park supply price range 2024–2025 (no verified "
        "park price list)"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Typical placeholder, not a quoted price: replace with the enterprise's invoices."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Bắc Chu Lai IP central wastewater treatment, inlet class C (chulai.quangnam.gov.vn, 'chi "
        "phí khác')"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Verified example price (class B: 7,000 VND/m3; Tam Hiệp IP 11,275 class C, 6,765 class "
        "B); replace with the park's own price. Wastewater volume is often 0.8–1.0 × supplied "
        "water."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "AuditDesk placeholder: about 14 USD/MMBtu at 36 MJ/m3 (industrial pipeline gas, "
        "2024–2025)"
    ),
    QT_TRANSLATE_NOOP("ReferenceData", "AuditDesk placeholder: bulk industrial LPG, 2024–2025"),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "AuditDesk placeholder: DO 0.05S retail price range 2025 (Ministry of Industry and Trade "
        "price bulletins)"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "AuditDesk placeholder: FO 3.5S price range 2025 (Ministry of Industry and Trade price "
        "bulletins)"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "AuditDesk placeholder: industrial coal delivered, 2024–2025"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "AuditDesk placeholder: rice husk / wood chips delivered, 2024–2025"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "AuditDesk placeholder: steam bought from an industrial-park central boiler, 2024–2025"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): natural gas"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 2, Table 2.3 (stationary combustion, manufacturing "
        "industries)"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2)"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): liquefied petroleum "
        "gases"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): gas/diesel oil"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): residual fuel oil"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): other bituminous coal"
    ),
    QT_TRANSLATE_NOOP("ReferenceData", "Choose coal_anthracite for Quảng Ninh anthracite."),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): anthracite"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): sub-bituminous coal"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): other primary solid "
        "biomass"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "As-received values differ (rice husk ~13–15 MJ/kg, pellets ~16.5–18 MJ/kg): enter a "
        "measured value when known."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Biogenic CO2: reported separately, not added to the total."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "As-received rice husk is often ~13–15 MJ/kg: enter a measured value when known."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): wood/wood waste"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Pellets are ~16.5–18 MJ/kg as received: enter a measured value when known."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): other biogas"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "CH4/N2O: IPCC 2006 Table 2.3 gaseous biomass value (1 / 0.1 kg/TJ)."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): motor gasoline"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "TCVN 5689:2018 (diesel fuel): 820–860 kg/m3 at 15 °C; mid value"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "(check) MOIT 3505/BCT-KHCN (1.02 TOE/t vs 0.88 TOE/1000 L) implies 0.863 kg/L; use the "
        "supplier's value."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Typical pipeline natural gas at 15 °C and 101.325 kPa (ISO 6976 conditions)"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "(check) Typical value (36 MJ/m3 with the IPCC NCV); use the gas supplier's density or "
        "heating value per m3."
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IPCC Fifth Assessment Report (AR5), WG1 Ch. 8, Table 8.7 (as used for UNFCCC reporting "
        "under the Paris Agreement)"
    ),
    QT_TRANSLATE_NOOP("ReferenceData", "AR6 gives 27.9 (fossil 29.8); AR4 gave 25."),
    QT_TRANSLATE_NOOP("ReferenceData", "AR6 gives 273; AR4 gave 298."),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "MOIT conversion table attached to letter 3505/BCT-KHCN (19/04/2011)"
    ),
    QT_TRANSLATE_NOOP("ReferenceData", "A primary-energy factor. 10 GWh = 1,543 TOE."),
    QT_TRANSLATE_NOOP("ReferenceData", "0.88 TOE per 1,000 L (1.02 TOE/t)."),
    QT_TRANSLATE_NOOP("ReferenceData", "0.99 TOE/t (0.94 TOE per 1,000 L)."),
    QT_TRANSLATE_NOOP("ReferenceData", "1.09 TOE/t."),
    QT_TRANSLATE_NOOP("ReferenceData", "0.90 TOE per 1,000 m3."),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "(check) Coal grades 3–4: 0.60 TOE/t. Grades 1–2: 0.70; grades 5–6: 0.50 or 0.60 (the two "
        "published copies disagree); coke 0.70–0.75."
    ),
    QT_TRANSLATE_NOOP("ReferenceData", "0.83 TOE per 1,000 L (1.05 TOE/t)."),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IEA/OECD definition of the tonne of oil equivalent (10^7 kcal); MOIT 3505/BCT-KHCN"
    ),
    QT_TRANSLATE_NOOP("ReferenceData", "Used for carriers not in the MOIT table (biomass, steam)."),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Approximate commercial-bank selling rate, 2025 (State Bank of Viet Nam central rate plus "
        "band)"
    ),
    QT_TRANSLATE_NOOP("ReferenceData", "(check) Replace with the rate on the audit date."),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "IAPWS-IF97 steam tables: saturated steam at 7 barg (8 bara), h = 2,769 kJ/kg, from "
        "feedwater at 30 °C, h = 126 kJ/kg"
    ),
    QT_TRANSLATE_NOOP(
        "ReferenceData",
        "Assumed conditions: saturated steam at 7 barg from 30 °C feedwater; adjust for other "
        "pressures."
    ),
)


def display_text(text: str) -> str:
    """``text`` in the current language when it is a built-in reference text,
    else as it is (texts of the user's own sets)."""
    return translate("ReferenceData", text) if text else text
