/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-date.h"

G_BEGIN_DECLS

/* What a contribution line is computed on. */
typedef enum
{
  PS_BASE_GROSS,   /* the whole assiette (gross) */
  PS_BASE_T1,      /* tranche 1: up to 1 PMSS */
  PS_BASE_T1_GROSS,/* tranche 1 of the gross before any reintegration */
  PS_BASE_T2,      /* tranche 2: from 1 to 8 PMSS */
  PS_BASE_CAP4,    /* up to 4 PMSS */
  PS_BASE_CAP8,    /* up to 8 PMSS */
  PS_BASE_CSG,     /* 98.25 % of gross up to 4 PMSS, 100 % above, + employer welfare */
  PS_BASE_WELFARE, /* employer health and prévoyance contributions */
  PS_BASE_HEALTH,  /* the mutuelle premium (a fixed monthly amount) */
} PsBase;

/* Where a line's rate comes from. */
typedef enum
{
  PS_RATE_FIXED,   /* the rates file */
  PS_RATE_ATMP,    /* employer profile: AT/MP rate */
  PS_RATE_VM,      /* employer profile: versement mobilité rate */
  PS_RATE_HEALTH,  /* employer profile: mutuelle split */
} PsRateKind;

typedef enum
{
  PS_BRANCH_HEALTH,
  PS_BRANCH_ATMP,
  PS_BRANCH_PENSION,
  PS_BRANCH_FAMILY,
  PS_BRANCH_UNEMPLOYMENT,
  PS_BRANCH_CSG,
  PS_BRANCH_OTHER,
  PS_BRANCH_WELFARE,
} PsBranch;

typedef struct
{
  const char *id;
  const char *label;          /* French label from the rates file */
  const char *label_en;       /* its English twin (label_en), or NULL */
  const char *source;
  PsDate      from;
  PsBase      base;
  PsRateKind  kind;
  PsBranch    branch;
  double      employee_rate;  /* fraction: 0.069 for 6.90 % */
  double      employer_rate;
  double      reduced_employer_rate;  /* taux réduit (2025 maladie, AF) */
  double      reduced_max_smic;       /* …when pay ≤ this many SMIC; 0 = none */
  gboolean    cadre_only;
  gboolean    non_cadre_only;
  gboolean    above_pmss;     /* CET: only when gross > 1 PMSS */
  gboolean    not_officer;    /* not for a président de SAS (assimilé salarié) */
  gboolean    not_deductible; /* employee part added back to the taxable net */
  int         headcount_min;  /* inclusive; 0 = no lower bound */
  int         headcount_max;  /* inclusive; G_MAXINT = no upper bound */
} PsContribution;

/* The portage firm's city: its versement mobilité (rates: vm_<city>_pct). */
typedef enum
{
  PS_VM_PARIS,
  PS_VM_LYON,
  PS_VM_MARSEILLE,
  PS_VM_BORDEAUX,
  PS_VM_LILLE,
  PS_VM_NICE,
  PS_VM_RENNES,
  PS_VM_STRASBOURG,
  PS_N_VM_CITIES
} PsVmCity;

typedef struct
{
  double upper;  /* upper bound of the bracket, G_MAXDOUBLE for the last */
  double rate;   /* fraction */
} PsBracket;

#define PS_MAX_CONTRIBUTIONS 48
#define PS_MAX_BRACKETS      32
#define PS_N_LEVELS           4
#define PS_CFE_N_BANDS        6

typedef enum
{
  PS_LEVEL_FIRST,   /* premier niveau */
  PS_LEVEL_JUNIOR,
  PS_LEVEL_SENIOR,
  PS_LEVEL_EXPERT,
} PsLevel;

/* Every parameter in force on one date, resolved from a rates file. */
typedef struct
{
  PsDate date;
  int    year;

  double pss_monthly;
  double pss_annual;
  double smic_hourly;
  double smic_hourly_year_start; /* SMIC on 1 January of the year */
  double smic_monthly_hours;
  double atmp_min_rate;        /* floor of any AT/MP rate */

  /* CSG/CRDS base */
  double csg_base_rate;        /* 0.9825 */
  double csg_abatement_pmss;   /* 4: the 1.75 % abatement applies up to 4 PMSS */

  /* employer health/prévoyance exempt from contributions */
  double welfare_exempt_pss;   /* 0.06 */
  double welfare_exempt_gross; /* 0.015 */
  double welfare_exempt_cap;   /* 0.12 */
  /* employee health premium deductible from the taxable net */
  double employee_welfare_exempt_pss;   /* 0.05 */
  double employee_welfare_exempt_gross; /* 0.02 */
  double employee_welfare_exempt_cap;   /* 0.16 */

  /* Employer reductions: 2026 RGDU (kind 2) or 2025 réduction générale (kind 1) */
  int    reduction_kind;
  double reduction_smic_factor;  /* 3 (RGDU) or 1.6 (2025) */
  double reduction_tmin;         /* RGDU */
  double reduction_tdelta_lt50;
  double reduction_tdelta_ge50;
  double reduction_p;
  double reduction_t_lt50;       /* 2025 */
  double reduction_t_ge50;

  /* Income tax */
  PsBracket ir_brackets[PS_MAX_BRACKETS];
  int       n_ir_brackets;
  double    qf_cap_half_part;
  double    decote_single;
  double    decote_couple;
  double    decote_rate;
  double    deduction_rate;
  double    deduction_min;
  double    deduction_max;
  PsBracket cehr_single[PS_MAX_BRACKETS];
  int       n_cehr_single;
  PsBracket cehr_couple[PS_MAX_BRACKETS];
  int       n_cehr_couple;
  PsBracket pas_grid[PS_MAX_BRACKETS];
  int       n_pas_grid;

  /* Portage convention (IDCC 3219) and product defaults */
  double portage_iaa_rate;          /* 0.05 of base */
  double portage_paid_leave_rate;   /* 0.10 of base + IAA */
  double portage_reserve_rate;      /* 0.10 of base */
  double portage_pss_2017_monthly;  /* 3 269 */
  double portage_level_rate[PS_N_LEVELS];
  double portage_forfait_days;      /* 218 */
  double portage_expenses_cap_rate; /* 0.30 of gross */
  double default_fee_rate;          /* 0.07 */
  double esn_margin_rate;           /* 0.30 */
  double vm_city_rate[PS_N_VM_CITIES];
  double cdi_floor_cadre_monthly;   /* Syntec minimum of the lowest cadre position */

  /* Optimisation levers */
  double telework_daily;
  double telework_monthly_cap;
  double meal_outside_premises;
  double meal_restaurant;
  double tr_employer_exempt_max;
  double tr_employer_share_max;
  double pee_cap_pass;
  double perco_cap_pass;
  double savings_forfait_social;
  double savings_csg_crds;
  double per_deduction;
  double per_floor_pass;
  double per_cap_pass_multiple;
  double per_pass_previous_year;  /* the PER ceiling uses last year's PASS */
  double mileage_5cv_short;
  double mileage_5cv_mid_rate;
  double mileage_5cv_mid_fixed;
  double mileage_5cv_long;
  double fee_typical_cap_monthly;

  /* Micro-entreprise */
  double micro_bnc_rate;
  double micro_cfp_rate;
  double micro_abatement_rate;
  double micro_abatement_min;
  double micro_vl_rate;
  double micro_vl_rfr_limit_per_part;
  double micro_acre_share;
  int    micro_acre_decimals;
  /* ACRE of the SASU président and the EURL gérant (ps-acre) */
  double acre_exemption_share;
  double acre_full_pass;
  double micro_threshold;
  double vat_franchise;
  double vat_franchise_high;
  double micro_running_costs;

  /* Companies and dividends */
  double is_low_rate;
  double is_low_ceiling;
  double is_rate;
  double pfu_ir_rate;
  double dividend_social_rate;
  double dividend_csg_nd_rate;
  double dividend_abatement_rate;
  double dividend_csg_deductible_rate;
  double company_running_costs;
  double eurl_capital;
  double tns_dividend_threshold;

  /* CFE (CGI art. 1647 D): the minimum base's bands by revenue */
  double cfe_exempt_revenue;
  double cfe_base_min;
  double cfe_band_upto[PS_CFE_N_BANDS - 1];
  double cfe_base_max[PS_CFE_N_BANDS];
  double cfe_default_rate;

  /* TNS (SSI), the single base of the 2025 reform (décret 2024-688) */
  double    tns_abatement_rate;        /* 0.26 of the income before contributions */
  double    tns_abatement_min_pass;    /* 0.0176: its floor, in PASS */
  double    tns_abatement_max_pass;    /* 1.30: its cap, in PASS */
  PsBracket tns_maladie_points[PS_MAX_BRACKETS];
  int       n_tns_maladie_points;
  double    tns_ij_min_pass;
  double    tns_ij_rate;
  double    tns_ij_max_pass;
  double    tns_rb_rate;
  double    tns_rb_above_rate;
  double    tns_rb_min_smic_hours;
  double    tns_rci_low_max_pass;      /* 1: the first RCI band, in PASS */
  double    tns_rci_max_pass;          /* 4: nothing above, in PASS */
  double    tns_rci_low_rate;
  double    tns_rci_high_rate;
  double    tns_id_rate;
  double    tns_id_min_pss;
  PsBracket tns_af_points[PS_MAX_BRACKETS];
  int       n_tns_af_points;
  double    tns_csg_deductible_rate;
  double    tns_csg_crds_nd_rate;
  double    tns_cfp_pss;

  /* Cotisation subsidiaire maladie (CSS L380-2, D380-1, D380-2) */
  double    csm_rate;                  /* 0.065 */
  double    csm_activity_threshold_pass; /* 0.20 */
  double    csm_capital_threshold_pass;  /* 0.50 */
  double    csm_capital_cap_pass;        /* 8 */

  /* Madelin health and prévoyance deduction ceiling (CGI 154 bis II) */
  double    madelin_health_profit_rate;  /* 0.0375 of the taxable profit */
  double    madelin_health_pass_rate;    /* + 0.07 PASS */
  double    madelin_health_cap_rate;     /* within 0.03 … */
  double    madelin_health_cap_pass;     /* … of 8 PASS */

  /* Rights: pension (CSS R351-9; Agirc-Arrco; RCI), unemployment (ARE,
   * ARCE), sick pay (IJSS, legal maintien, TNS IJ) */
  double    pension_quarter_smic_hours;  /* 150 */
  double    pension_max_quarters;        /* 4 */
  double    agirc_arrco_t1_points_rate;  /* 0.062 */
  double    agirc_arrco_t2_points_rate;  /* 0.17 */
  double    agirc_arrco_t2_max_pass;     /* 8 */
  double    agirc_arrco_point_price;
  double    agirc_arrco_point_value;
  double    rci_point_price;
  double    rci_point_value;
  double    micro_rci_share;             /* of the micro contributions */
  double    are_fixed_part;
  double    are_low_rate;                /* 0.404 */
  double    are_high_rate;               /* 0.57 */
  double    are_cap_sjr_rate;            /* 0.75 */
  double    are_minimum;
  double    are_duration_coefficient;    /* 0.75 */
  double    are_min_days;
  double    are_max_days;
  double    are_degressive_threshold;
  double    are_degressive_rate;         /* 0.70 */
  double    are_degressive_from_day;     /* 183 */
  double    arce_rate;                   /* 0.60 */
  double    ijss_rate;                   /* 0.50 */
  double    ijss_cap_smic;               /* 1.4 */
  double    ijss_divisor_days;           /* 91.25 */
  double    ijss_waiting_days;           /* 3 */
  double    ijss_min_smic_hours_6m;      /* 1 015 */
  double    ij_csg_crds_rate;            /* 0.067 */
  double    sick_maintien_rate;          /* 0.90 */
  double    sick_maintien_waiting_days;  /* 7 */
  double    sick_maintien_second_rate;   /* 0.6666: the next period */
  double    sick_maintien_period_days;   /* 30: each period, with 1 to 5 years of seniority */
  double    ij_max_days;                 /* 360 over three years */
  double    tns_ij_divisor_days;         /* 730 */
  double    tns_ij_threshold_pass;       /* 0.10 */

  PsContribution contributions[PS_MAX_CONTRIBUTIONS];
  int            n_contributions;
} PsParams;

typedef struct _PsRates PsRates;

PsRates        *ps_rates_new_for_year     (int           year,
                                           GError      **error);
/* The rates compiled into the application, ignoring any user file. */
PsRates        *ps_rates_new_embedded     (int           year,
                                           GError      **error);
PsRates        *ps_rates_new_from_file    (const char   *path,
                                           GError      **error);
PsRates        *ps_rates_new_from_bytes   (GBytes       *bytes,
                                           const char   *origin,
                                           GError      **error);
PsRates        *ps_rates_ref              (PsRates      *rates);
void            ps_rates_unref            (PsRates      *rates);

int             ps_rates_get_year         (PsRates      *rates);
const char     *ps_rates_get_origin       (PsRates      *rates);
const PsParams *ps_rates_resolve          (PsRates      *rates,
                                           PsDate        date,
                                           GError      **error);

/* One parameter as written in the file, for display and export. */
typedef struct
{
  const char *key;
  const char *label;
  const char *source;
  PsDate      from;
  char       *value_text;   /* owned by the rates */
  const char *label_en;     /* the English twin of @label, or NULL */
} PsRateInfo;

/* The "source" of the parameter @key (the law, the text, the page it
 * comes from), or NULL when the file has no such parameter. */
const char     *ps_rates_get_source       (PsRates      *rates,
                                           const char   *key);
GPtrArray      *ps_rates_list             (PsRates      *rates,
                                           PsDate        date);

int            *ps_rates_list_years       (int          *n_years);
PsDate          ps_rates_default_date     (void);

/* "paris", "lyon", … (as in the rates keys and portage-cli --vm-city) */
const char     *ps_vm_city_id             (PsVmCity      city);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PsRates, ps_rates_unref)

G_END_DECLS
