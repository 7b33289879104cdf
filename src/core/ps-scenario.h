/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-year.h"
#include "ps-comparison.h"
#include "ps-date.h"
#include "ps-offer.h"

G_BEGIN_DECLS

/* What a scenario file holds: the comparison's inputs as the user typed
 * them (days per month or per year, percents), and the simulation date.
 * The window's form, its saved state and Open/Save all go through here,
 * so a value is validated the same way wherever it comes from.
 *
 * The file is JSON: {"format": 1, "tjm": 550, "days_per_year": 200, …}
 * with the keys of portage-cli's options (see ps_scenario_field_key ()). */

#define PS_SCENARIO_FORMAT 1

#define PS_SCENARIO_ERROR (ps_scenario_error_quark ())

typedef enum
{
  PS_SCENARIO_ERROR_PARSE,   /* not JSON, or not an object */
  PS_SCENARIO_ERROR_FORMAT,  /* no "format", or a newer one */
  PS_SCENARIO_ERROR_FIELD,   /* a key has a bad type or value */
  PS_SCENARIO_ERROR_NOT_SCENARIO, /* saving over a file that is not a scenario */
} PsScenarioError;

typedef enum
{
  PS_SCENARIO_SAVE_DEFAULT = 0,
  /* replace the target even if it is not a scenario (the user said so) */
  PS_SCENARIO_SAVE_REPLACE = 1 << 0,
} PsScenarioSaveFlags;

typedef enum
{
  PS_DAYS_PER_YEAR,
  PS_DAYS_PER_MONTH,
} PsDaysUnit;

typedef struct
{
  PsScenario scenario;
  /* optional: "realistic_year", null (off) or {"holiday_weeks": 5, …}
   * (ps-scenario-year.c): on, the days billed come from it */
  gboolean     year_on;
  PsYearInputs year;
  PsDaysUnit days_unit;  /* how the days are typed and saved */
  PsDate     date;       /* 0: today, clamped to the rates (ps_rates_default_date) */
  /* optional: "name", "offers" (each an offer object, ps-offer.h) and
   * "current_offer" (an index into them, or null) */
  char       name[64];   /* "": none (the file's name stands for it) */
  PsOffer    offers[PS_MAX_OFFERS];
  int        n_offers;
  int        current_offer; /* -1: none, the scenario's own portage terms */
} PsScenarioFile;

/* The numbers a user types, in the units they are typed in. */
typedef enum
{
  PS_SCENARIO_FIELD_TJM,
  PS_SCENARIO_FIELD_DAYS,                   /* per year or per month: see days_unit */
  PS_SCENARIO_FIELD_EXPENSES_MONTHLY,
  PS_SCENARIO_FIELD_FEE_PCT,
  PS_SCENARIO_FIELD_FEE_CAP_MONTHLY,        /* 0 = no cap */
  PS_SCENARIO_FIELD_FEE_FLAT_MONTHLY,
  PS_SCENARIO_FIELD_CDI_GROSS_YEARLY,       /* 0 = what an ESN would pay */
  PS_SCENARIO_FIELD_ESN_MARGIN_PCT,
  PS_SCENARIO_FIELD_PARTS,
  PS_SCENARIO_FIELD_TAX_RATE_PCT,
  PS_SCENARIO_FIELD_HEADCOUNT,
  PS_SCENARIO_FIELD_ATMP_PCT,
  PS_SCENARIO_FIELD_VM_PCT,
  PS_SCENARIO_FIELD_MUTUELLE_MONTHLY,
  PS_SCENARIO_FIELD_MUTUELLE_EMPLOYER_PCT,
  PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY,      /* 0 = none */
  PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY,   /* the SASU's and the EURL's */
  PS_SCENARIO_FIELD_SASU_SALARY_YEARLY,     /* employer cost; PS_SCENARIO_BEST = the best split */
  PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY, /* PS_SCENARIO_BEST = the best split */
  PS_SCENARIO_FIELD_HEALTH_BUDGET_YEARLY,   /* micro, SASU, EURL; PS_SCENARIO_BEST = as portage's payslip */
  PS_N_SCENARIO_FIELDS
} PsScenarioField;

/* The value of a field left empty where the engine chooses (the SASU
 * salary, the EURL remuneration): the split that maximises the net. */
#define PS_SCENARIO_BEST (-1.0)

GQuark       ps_scenario_error_quark         (void);

/* The engine's defaults (ps_scenario_init), days per year, today. */
void         ps_scenario_file_init           (PsScenarioFile        *file,
                                              const PsParams        *params);

/* The JSON key ("tjm", "days_per_month", …). */
const char  *ps_scenario_field_key           (PsScenarioField        field,
                                              PsDaysUnit             unit);
/* The field's name in messages, translated ("TJM", "Days per year"). */
const char  *ps_scenario_field_label         (PsScenarioField        field,
                                              PsDaysUnit             unit);
/* Accepted values, inclusive. */
void         ps_scenario_field_range         (PsScenarioField        field,
                                              PsDaysUnit             unit,
                                              double                *out_min,
                                              double                *out_max);
/* An optional field may be left empty: it then means 0 (none), or
 * PS_SCENARIO_BEST where ps_scenario_field_empty_is_best (). */
gboolean     ps_scenario_field_is_optional   (PsScenarioField        field);
/* Empty means "let the engine choose" (PS_SCENARIO_BEST), and 0 is a
 * value of its own (a SASU salary of 0: all in dividends). */
gboolean     ps_scenario_field_empty_is_best (PsScenarioField        field);

/* @value in the field's unit (percent, €, days in file->days_unit).
 * Checks the range (and halves for parts, a whole number for the
 * headcount); on error @file is unchanged and the message names the field. */
gboolean     ps_scenario_file_set_field      (PsScenarioFile        *file,
                                              PsScenarioField        field,
                                              double                 value,
                                              GError               **error);
/* The same from what the user typed ("550,50", "1 200", "" if optional). */
gboolean     ps_scenario_file_set_field_text (PsScenarioFile        *file,
                                              PsScenarioField        field,
                                              const char            *text,
                                              GError               **error);
double       ps_scenario_file_get_field      (const PsScenarioFile  *file,
                                              PsScenarioField        field);
/* The value as the locale writes it, with no more decimals than needed
 * (at most 2); "" for an optional field at 0, or at PS_SCENARIO_BEST. */
char        *ps_scenario_file_format_field   (const PsScenarioFile  *file,
                                              PsScenarioField        field);

/* Reads the keys present in @text into @file (absent keys keep their
 * value). On error @file is unchanged and the message names the key. */
gboolean     ps_scenario_file_from_json      (PsScenarioFile        *file,
                                              const char            *text,
                                              gssize                 length,
                                              GError               **error);
char        *ps_scenario_file_to_json        (const PsScenarioFile  *file);

gboolean     ps_scenario_file_load           (PsScenarioFile        *file,
                                              const char            *path,
                                              GError               **error);
/* Atomic: the file is replaced whole or not at all, through a symlink
 * to its target, its mode (and where allowed its owner) kept, its hard
 * links kept (ps_file_write). Keys of the file on disk that this version
 * doesn't know (a user's "notes") are kept. A target that exists and is
 * not a scenario (not JSON, or no "format") is not overwritten:
 * PS_SCENARIO_ERROR_NOT_SCENARIO, unless PS_SCENARIO_SAVE_REPLACE. */
gboolean     ps_scenario_file_save           (const PsScenarioFile  *file,
                                              const char            *path,
                                              GError               **error);
gboolean     ps_scenario_file_save_full      (const PsScenarioFile  *file,
                                              const char            *path,
                                              PsScenarioSaveFlags    flags,
                                              GError               **error);

/* The keys of a scenario's JSON @text that this version doesn't read (kept
 * on a save, but not used: worth a warning). NULL-terminated. */
char       **ps_scenario_unknown_keys        (const char            *text,
                                              gsize                  length);

/* The offers of a scenario (the window's Offers view). Each returns
 * FALSE (and changes nothing) when it can't: PS_MAX_OFFERS reached, or
 * @index out of range. Removing the current offer leaves none current. */
gboolean     ps_scenario_file_add_offer      (PsScenarioFile        *file,
                                              const PsOffer         *offer);
gboolean     ps_scenario_file_duplicate_offer (PsScenarioFile       *file,
                                              int                    index);
gboolean     ps_scenario_file_remove_offer   (PsScenarioFile        *file,
                                              int                    index);
/* The current offer, or NULL. */
const PsOffer *ps_scenario_file_current_offer (const PsScenarioFile *file);

/* The comparison of @file: its scenario, the current offer's terms for
 * portage when it has one (ps_comparison_apply_offer). */
void         ps_scenario_file_compute        (const PsScenarioFile  *file,
                                              const PsParams        *params,
                                              PsComparison          *out);

/* As ps_scenario_file_compute, over the file's realistic year when it has
 * one (ps_year_compute_offer: its billed days, its current offer, its sick
 * pay), as the window's cards show it. */
void         ps_scenario_file_compute_shown  (const PsScenarioFile  *file,
                                              const PsParams        *params,
                                              PsComparison          *out);

/* String ids of the enumerations, as in the file and portage-cli. */
const char  *ps_fee_model_id                 (PsFeeModel             model);
const char  *ps_tax_method_id                (PsTaxMethod            method);
const char  *ps_level_id                     (PsLevel                level);

G_END_DECLS
