/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cJSON.h>
#include <glib.h>

#include "ps-comparison.h"
#include "ps-portage.h"
#include "ps-rights.h"

G_BEGIN_DECLS

/* Results as JSON: English snake_case keys, euros with cents. */
cJSON *ps_json_lines           (const PsPayslip       *slip);
cJSON *ps_json_salary          (const PsPayslip       *slip,
                                double                 income_tax_yearly,
                                double                 tax_rate);
cJSON *ps_json_portage         (const PsPortageResult *result,
                                const PsPortageInputs *inputs);
cJSON *ps_json_cdi             (const PsCdiResult     *result);
cJSON *ps_json_status          (const PsStatusResult  *result);
cJSON *ps_json_micro           (const PsMicroResult   *result,
                                const PsParams        *params);
cJSON *ps_json_company         (const PsCompanyResult *result);
cJSON *ps_json_comparison      (const PsComparison    *comparison,
                                const PsParams        *params);

/* Adds what the year of a status protects to its object: pension_quarters,
 * agirc_arrco_points, rci_points, pension_yearly_accrued, are_daily, … */
void   ps_json_add_rights      (cJSON                 *obj,
                                const PsRights        *rights);

/* Adds "<name>_monthly" and "<name>_yearly" (monthly × 12). */
void   ps_json_add_monthly     (cJSON                 *obj,
                                const char            *name,
                                double                 monthly);
void   ps_json_add_money       (cJSON                 *obj,
                                const char            *name,
                                double                 value);

/* Writes @contents to @path atomically (temporary file + rename). */
gboolean ps_write_file_atomic  (const char            *path,
                                const char            *contents,
                                gssize                 length,
                                GError               **error);

G_END_DECLS
