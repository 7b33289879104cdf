/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One validation layer for every number a user types, shared by the CLI,
 * the window and the scenario loader. @name is what the user sees the
 * field as ("--tjm", "TJM"); @min/@max are inclusive; @allow_zero lets a
 * strictly-positive field accept 0. Messages are translated. */
gboolean ps_input_parse_number (const char  *name,
                                const char  *text,
                                double       min,
                                double       max,
                                double      *out_value,
                                GError     **error);

gboolean ps_input_check_number (const char  *name,
                                double       value,
                                double       min,
                                double       max,
                                GError     **error);

/* Every number a user can type, with its accepted range: the one place
 * where "reasonable" is decided. */
typedef enum
{
  PS_FIELD_TJM,
  PS_FIELD_DAYS_PER_MONTH,
  PS_FIELD_DAYS_PER_YEAR,
  PS_FIELD_FEE_PCT,
  PS_FIELD_FEE_CAP_MONTHLY,
  PS_FIELD_FEE_FLAT_MONTHLY,
  PS_FIELD_EXPENSES_MONTHLY,
  PS_FIELD_CDI_GROSS_YEARLY,
  PS_FIELD_ESN_MARGIN_PCT,
  PS_FIELD_HEADCOUNT,
  PS_FIELD_ATMP_PCT,
  PS_FIELD_VM_PCT,
  PS_FIELD_MUTUELLE_MONTHLY,
  PS_FIELD_MUTUELLE_EMPLOYER_PCT,
  PS_FIELD_PARTS,
  PS_FIELD_TAX_RATE_PCT,
  PS_FIELD_GROSS_MONTHLY,
  PS_FIELD_REVENUE_YEARLY,
  PS_FIELD_EMPLOYER_COST_YEARLY,
  PS_FIELD_DIVIDENDS_YEARLY,
  PS_FIELD_REMUNERATION_YEARLY,
  PS_FIELD_RUNNING_COSTS_YEARLY,
  PS_FIELD_MILEAGE_KM_YEARLY,
  PS_FIELD_TARGET_NET_MONTHLY,
  PS_FIELD_HEALTH_BUDGET_YEARLY,
  PS_N_FIELDS
} PsField;

typedef struct
{
  const char *option;   /* the CLI's name: "--tjm" */
  const char *label;    /* N_() label: "Day rate (TJM)" */
  double      min;
  double      max;
  gboolean    integer;  /* whole numbers only */
  gboolean    halves;   /* by halves (income-tax parts) */
} PsFieldSpec;

const PsFieldSpec *ps_field_spec         (PsField      field);

/* Parses and checks @text for @field; messages name the field as @shown
 * (NULL: its translated label). */
gboolean           ps_input_parse_field  (PsField      field,
                                          const char  *shown,
                                          const char  *text,
                                          double      *out_value,
                                          GError     **error);
gboolean           ps_input_check_field  (PsField      field,
                                          const char  *shown,
                                          double       value,
                                          GError     **error);

G_END_DECLS
