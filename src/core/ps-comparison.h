/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-company.h"
#include "ps-micro.h"
#include "ps-portage.h"

G_BEGIN_DECLS

/* The ways of working the comparison covers, in display order. */
typedef enum
{
  PS_STATUS_PORTAGE,
  PS_STATUS_CDI,
  PS_STATUS_MICRO,
  PS_STATUS_SASU,
  PS_STATUS_EURL,
  PS_N_STATUSES
} PsStatus;

/* Why a status can't be used (PS_USABLE: it can). */
typedef enum
{
  PS_USABLE,
  PS_UNUSABLE_ABOVE_CEILING,   /* micro: revenue above its ceiling every year */
  PS_UNUSABLE_BELOW_MINIMUM,   /* portage: gross below the convention minimum */
  PS_UNUSABLE_NO_ENVELOPE,     /* portage: fee and expenses take the whole revenue */
  PS_UNUSABLE_BELOW_FLOOR,     /* CDI: the billing can't pay the minimum salary */
  PS_UNUSABLE_OFFER_BELOW_SMIC,/* CDI: an offer typed below the SMIC */
} PsUnusable;

/* Days a week worked from home, of 5 (the tips split the days billed
 * between the client's and home with it). */
#define PS_DEFAULT_TELEWORK_DAYS 2.0

/* One set of inputs for every status, on a yearly basis. */
typedef struct
{
  double            tjm;               /* € excl. VAT per day */
  double            days_per_year;     /* billed days */
  PsFeeModel        fee_model;         /* portage management fee */
  double            fee_rate;
  double            fee_cap_monthly;
  double            fee_flat_monthly;
  double            expenses_monthly;  /* professional expenses */
  gboolean          reserve;           /* portage réserve financière */
  gboolean          portage_cdd;       /* portage in a CDD: the end-of-contract
                                        * indemnity (10 % of the gross) instead */
  gboolean          reserve_cash_only; /* the réserve out of the yearly net (it is
                                        * paid later); counted by default */
  PsLevel           level;             /* portage convention level */
  PsEmployerProfile profile;           /* the portage firm's, also the ESN's */
  PsTaxSettings     tax;               /* household and tax method */
  double            cdi_gross_yearly;  /* a CDI offer; 0 = what an ESN would pay */
  double            esn_margin_rate;   /* ESN gross margin on billing */
  double            esn_paid_days;     /* the days the ESN pays a salary for (billed,
                                        * gaps and sick days); 0 = days_per_year */
  double            mileage_km_yearly; /* business trips with one's own car */
  double            telework_days_per_week; /* of the days billed, worked from home */
  /* micro-entreprise */
  gboolean          micro_vl;          /* versement libératoire */
  gboolean          micro_acre;
  gboolean          acre_eligible;     /* the user says the 2026 ACRE conditions hold */
  gboolean          company_acre;      /* SASU and EURL: the first year, with the ACRE (ps-acre) */
  double            micro_running_costs;
  /* SASU and EURL */
  double            company_running_costs;
  double            sasu_salary_yearly;      /* employer cost; < 0: the best split */
  double            eurl_remuneration_yearly;/* net + contributions; < 0: the best split */
  gboolean          eurl_ir;                 /* EURL at the income tax instead of the IS */
  double            eurl_capital;
  gboolean          dividends_bareme;        /* the scale instead of the PFU */
  gboolean          csm_exempt;              /* no CSM: the spouse's activity income ≥ 20 % of
                                                the PASS, or a replacement income */
  /* health cover and prévoyance of micro, SASU and EURL, a year; < 0: what
   * portage's payslip spends on them at the same inputs (like for like) */
  double            health_yearly;
} PsScenario;

/* What a status leaves, on the same yearly basis for all. */
typedef struct
{
  PsStatus status;
  double   revenue_yearly;          /* billed (CDI: the employer cost) */
  double   costs_yearly;            /* management fee, running costs */
  double   corporate_tax_yearly;    /* IS */
  double   expenses_yearly;         /* professional expenses */
  double   contributions_yearly;    /* social contributions, both sides */
  double   gross_yearly;            /* gross salary, if any */
  double   net_before_tax_yearly;
  double   income_tax_yearly;
  double   net_after_tax_yearly;    /* after income tax and professional expenses */
  double   net_after_tax_monthly;
  double   health_yearly;           /* health cover and prévoyance: the payslip's
                                     * (portage, CDI, SASU) and the budget paid
                                     * from the net (micro, SASU, EURL) */
  double   deferred_yearly;         /* paid later (portage réserve), net of its
                                     * contributions and income tax; in the net
                                     * above unless reserve_cash_only */
  double   effective_rate;          /* 1 − net after tax / revenue */
  double   sick_pay_yearly;         /* a realistic year's sick pay received (IJ and
                                     * employer's complement, net of CSG-CRDS),
                                     * in the net above (ps-year-sick.c); 0 otherwise */
  double   sick_pay_tax_yearly;     /* the income tax on it, in income_tax_yearly */
  gboolean eligible;                /* the status can be used at this revenue */
  PsUnusable unusable;              /* why not, when it can't */
  gboolean unemployment_insurance;
  gboolean sick_pay;
  gboolean complementary_pension;
  PsLine   lines[PS_MAX_LINES];     /* monthly breakdown */
  int      n_lines;
} PsStatusResult;

typedef struct
{
  PsScenario      scenario;
  PsPortageInputs portage_inputs;
  PsPortageResult portage;
  PsCdiResult     cdi;
  PsMicroInputs   micro_inputs;
  PsMicroResult   micro;
  PsCompanyInputs sasu_inputs;
  PsCompanyResult sasu;
  PsCompanyInputs eurl_inputs;
  PsCompanyResult eurl;
  PsStatusResult  statuses[PS_N_STATUSES];
  double          health_yearly;     /* the budget micro, SASU and EURL were given */
  PsFeeBands      portage_bands;     /* portage_inputs.bands, an offer's (ps_comparison_apply_offer) */
  PsStatus        best;              /* highest net after tax among the usable … */
  gboolean        has_best;          /* … if any is usable and leaves something */
} PsComparison;

void        ps_scenario_init          (PsScenario       *scenario,
                                       const PsParams   *params);
void        ps_comparison_compute     (const PsParams   *params,
                                       const PsScenario *scenario,
                                       PsComparison     *out);
/* Only @status's result in @out (statuses[status] and its own part): the
 * others are left as they are. For searches on one status's net. */
void        ps_comparison_compute_status (const PsParams   *params,
                                          const PsScenario *scenario,
                                          PsStatus          status,
                                          PsComparison     *out);
/* After @comparison's portage was replaced (an offer's terms): the health
 * budget of micro, SASU and EURL taken again from it when it is portage's
 * (scenario.health_yearly < 0), those three computed again with it, and
 * the best picked again. */
void        ps_comparison_portage_changed (const PsParams *params,
                                           PsComparison   *comparison);
/* best and has_best from the statuses (after one of them changed) */
void        ps_comparison_pick_best   (PsComparison     *comparison);

/* Net after tax per month for each status, at @n day rates evenly spaced
 * from @tjm_from to @tjm_to: out[i * PS_N_STATUSES + status]. */
void        ps_comparison_sweep       (const PsParams   *params,
                                       const PsScenario *scenario,
                                       double            tjm_from,
                                       double            tjm_to,
                                       int               n,
                                       double           *out);

/* Portage's inputs from @scenario, and its status figures from its result
 * (the réserve counted unless reserve_cash_only): what the comparison
 * does, for one portage offer at a time (ps-offer). */
void        ps_portage_inputs_from_scenario (const PsScenario      *scenario,
                                             const PsParams        *params,
                                             PsPortageInputs       *inputs);
void        ps_portage_status         (const PsScenario      *scenario,
                                       const PsPortageResult *result,
                                       PsStatusResult        *out);

/* The same, NAN where a status can't be used (the chart's curves stop
 * there: micro above its ceiling, portage under its minimum). */
void        ps_comparison_sweep_usable (const PsParams   *params,
                                        const PsScenario *scenario,
                                        double            tjm_from,
                                        double            tjm_to,
                                        int               n,
                                        double           *out);

/* The health budget of micro, SASU and EURL for @scenario, once
 * portage's @result is known: the scenario's, or portage's own. */
double      ps_comparison_health_yearly (const PsScenario      *scenario,
                                         const PsPortageResult *portage);

/* Translated warnings of @status (NULL-terminated). */
char      **ps_comparison_warnings    (const PsComparison *comparison,
                                       PsStatus            status);

const char *ps_status_id              (PsStatus          status);
/* "above_micro_ceiling", …; NULL for PS_USABLE */
const char *ps_unusable_id            (PsUnusable        why);
/* Untranslated (N_) short reason for a badge ("Above the ceiling");
 * NULL for PS_USABLE */
const char *ps_unusable_label         (PsUnusable        why);
/* the same in lower case, inside a sentence (untranslated: N_) */
const char *ps_unusable_reason        (PsUnusable        why);
/* Untranslated (N_) names: translate with _() where shown. */
const char *ps_status_name            (PsStatus          status);
const char *ps_status_short_name      (PsStatus          status);

G_END_DECLS
