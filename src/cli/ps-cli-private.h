/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What portage-cli's commands share (ps-cli.c): the options as typed,
 * the context they resolve to (rates, employer profile, tax), the parsing
 * helpers that name the option in their messages, the comparison's inputs
 * from the options (or a scenario file) and the table printers. One file
 * per command or family of commands: ps-cli-statuses.c (salary, portage,
 * micro, sasu, eurl), ps-cli-compare.c (compare, sweep), ps-cli-breakeven.c,
 * ps-cli-tips.c, ps-cli-export.c, ps-cli-rates.c, ps-cli-bench.c. */

#include <cJSON.h>
#include <glib.h>

#include "ps-comparison.h"
#include "ps-inputs.h"
#include "ps-payslip.h"
#include "ps-rates.h"
#include "ps-scenario.h"
#include "ps-scenarios.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

typedef struct _PsCliOptions
{
  /* raw option strings: numbers are parsed by the engine's validation
   * layer, which accepts "550,50" and names the option in its messages */
  char    *gross_monthly;
  char    *tjm;
  char    *days_per_month;
  char    *days_per_year;
  char    *fee_pct;
  char    *fee_model;
  char    *fee_cap_monthly;
  char    *fee_flat_monthly;
  char    *expenses_monthly;
  char    *level;
  char    *cdi_gross_yearly;
  char    *esn_margin_pct;
  char    *date;
  char    *rates_file;
  char    *headcount;
  char    *atmp_pct;
  char    *vm_pct;
  char    *mutuelle_monthly;
  char    *mutuelle_employer_pct;
  char    *tax;
  char    *parts;
  char    *target_net_monthly;
  char    *mileage_km_yearly;
  char    *revenue_yearly;
  char    *employer_cost_yearly;
  char    *dividends_yearly;
  char    *remuneration_yearly;
  char    *tax_regime;
  char    *sasu_salary_yearly;
  char    *eurl_remuneration_yearly;
  char    *running_costs_yearly;
  char    *health_budget_yearly;
  char    *scenario_file;   /* the first of scenario_files */
  char   **scenario_files;  /* compare and export: several side by side */
  char    *tjm_from;
  char    *tjm_to;
  char    *step;
  gboolean vl;
  gboolean acre;
  gboolean eurl_ir;
  gboolean dividends_bareme;
  gboolean csm_exempt;
  gboolean csv;
  gboolean non_cadre;
  gboolean no_reserve;
  char    *contract;
  gboolean reserve_cash_only;
  char    *telework_days;
  gboolean acre_eligible;
  char    *vm_city;
  char   **offer_files;
  /* check-quote */
  char    *quote[8];      /* revenue, then the PsQuoteLine lines */
  /* project */
  char    *years;
  char    *tjm_growth_pct;
  char    *indexation_pct;
  char    *mission_months;
  char    *cfe_rate_pct;
  char    *cfe_base;
  gboolean json;
  char    *output;  /* export */
  char    *argument; /* glossary: the term asked for */
} Options;

typedef struct
{
  PsRates          *rates;
  const PsParams   *params;
  PsEmployerProfile profile;
  PsTaxSettings     tax;
} Context;

void        ps_cli_context_clear        (Context          *c);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, ps_cli_context_clear)

/* parsing: NULL @text keeps the default; messages name the option */
gboolean    ps_cli_opt_field            (PsField           field,
                                         const char       *name,
                                         const char       *text,
                                         double           *value,
                                         GError          **error);
gboolean    ps_cli_require              (const char       *name,
                                         const char       *text,
                                         GError          **error);
/* "--date: …" (the separator translated) */
void        ps_cli_prefix_option        (GError          **error,
                                         const char       *option);
gboolean    ps_cli_context_init         (Context          *c,
                                         const Options    *o,
                                         GError          **error);
gboolean    ps_cli_context_init_from    (Context          *c,
                                         const Options    *o,
                                         const PsScenario *base,
                                         GError          **error);
gboolean    ps_cli_portage_inputs       (const Options    *o,
                                         const Context    *c,
                                         gboolean          yearly_days_only,
                                         PsPortageInputs  *in,
                                         GError          **error);
/* The comparison of every status from the options, over a --scenario
 * file's values when there is one; portage with the scenario's own terms
 * (for the commands that vary them: a note names the current offer not
 * used). */
gboolean    ps_cli_compare_from_options (const Options    *o,
                                         Context          *c,
                                         PsComparison     *cmp,
                                         GError          **error);

/* The same, and the scenario file read (its name and offers; the
 * scenario as the options made it); a file with no offers without
 * --scenario. Portage has the current offer's terms when there is one
 * (ps_scenario_file_compute): the one path from a file to a comparison. */
gboolean    ps_cli_compare_from_options_full (const Options  *o,
                                              Context        *c,
                                              PsComparison   *cmp,
                                              PsScenarioFile *file_out,
                                              GError        **error);
/* A note (stderr) naming the current offer of @file, when it has one, that
 * the command can't follow. */
void        ps_cli_offer_not_used_note (const PsScenarioFile *file);

/* output */
#define LABEL_WIDTH 46
#define AMOUNT_WIDTH 15

void        ps_cli_print_json           (cJSON            *obj);
/* pads by characters, not bytes */
char       *ps_cli_pad                  (const char       *text,
                                         int               width,
                                         gboolean          right);
/* @text's words in lines of at most @width characters (a longer word
 * alone on its line); at least one line */
char      **ps_cli_wrap                 (const char       *text,
                                         int               width);
void        ps_cli_header2              (void);
void        ps_cli_row2                 (const char       *label,
                                         double            monthly);
void        ps_cli_print_lines          (const PsPayslip  *slip);
const char *ps_cli_tax_method_label     (const PsTaxSettings *t);
void        ps_cli_print_portage        (const PsPortageResult *r,
                                         const PsPortageInputs *in,
                                         gboolean               reserve_counted,
                                         gboolean               with_lines);

/* the commands */
int         ps_cli_cmd_salary           (const Options *o, GError **error);
int         ps_cli_cmd_portage          (const Options *o, GError **error);
int         ps_cli_cmd_micro            (const Options *o, GError **error);
int         ps_cli_cmd_sasu             (const Options *o, GError **error);
int         ps_cli_cmd_eurl             (const Options *o, GError **error);
int         ps_cli_cmd_compare          (const Options *o, GError **error);
int         ps_cli_cmd_sweep            (const Options *o, GError **error);
int         ps_cli_cmd_breakeven        (const Options *o, GError **error);
int         ps_cli_cmd_tips             (const Options *o, GError **error);
int         ps_cli_cmd_export           (const Options *o, GError **error);
int         ps_cli_cmd_rates            (const Options *o, GError **error);
int         ps_cli_cmd_bench            (const Options *o, GError **error);
int         ps_cli_cmd_project          (const Options *o, GError **error);
int         ps_cli_cmd_offers           (const Options *o, GError **error);
int         ps_cli_cmd_check_quote      (const Options *o, GError **error);

/* compare with several --scenario (ps-cli-scenarios.c) */
/* each --scenario file with the options over it, side by side (2 to 4) */
gboolean            ps_cli_scenarios_from_options (const Options *o,
                                                   PsScenarios   *scenarios,
                                                   GError       **error);
int                 ps_cli_cmd_compare_scenarios  (const Options *o, GError **error);
const GOptionEntry *ps_cli_compare_entries        (void);
void                ps_cli_compare_clear          (void);
gboolean            ps_cli_compare_csv            (void);
/* export's --offer (ps-cli-export.c) */
const GOptionEntry *ps_cli_export_entries         (void);
void                ps_cli_export_clear           (void);

/* glossary (ps-cli-glossary.c) */
int                 ps_cli_cmd_glossary           (const Options *o, GError **error);

/* rights and year (ps-cli-rights.c) */
typedef Options PsCliOptions;

/* The comparison of the compare options (and --scenario, its current
 * offer making portage); @rates holds @params: unref it after use. With @days_optional the days billed may
 * be left out (the caller sets them). */
gboolean            ps_cli_compare        (const PsCliOptions *options,
                                           gboolean            days_optional,
                                           PsRates           **rates,
                                           const PsParams    **params,
                                           PsComparison       *comparison,
                                           GError            **error);
/* The same, the scenario's current offer making portage, and the file
 * read (its offers) in @file_out when not NULL. */
gboolean            ps_cli_compare_file   (const PsCliOptions *options,
                                           gboolean            days_optional,
                                           PsRates           **rates,
                                           const PsParams    **params,
                                           PsComparison       *comparison,
                                           PsScenarioFile     *file_out,
                                           GError            **error);
gboolean            ps_cli_options_json   (const PsCliOptions *options);
int                 ps_cli_rights_run     (const PsCliOptions *options,
                                           GError            **error);
int                 ps_cli_year_run       (const PsCliOptions *options,
                                           GError            **error);
const GOptionEntry *ps_cli_year_entries   (void);
void                ps_cli_year_clear     (void);
int                 ps_cli_cashflow_run   (const PsCliOptions *options,
                                           GError            **error);
const GOptionEntry *ps_cli_cashflow_entries (void);
void                ps_cli_cashflow_clear (void);

G_END_DECLS
