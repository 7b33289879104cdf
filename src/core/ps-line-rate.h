/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"
#include "ps-rates.h"

G_BEGIN_DECLS

/* The rate to show beside a line of @status's breakdown, as the other
 * lines show theirs, from the rates in force: the corporate tax's brackets
 * ("15.00% / 25.00%" once the profit passes the reduced rate's ceiling),
 * the PFU's income-tax part, the prélèvements sociaux on dividends (when
 * they are all the line holds). The line's own rate otherwise
 * (ps_format_line_rate), "" for none (the dividends at the scale: no flat
 * rate). */
char *ps_line_rate_text (const PsParams     *params,
                         const PsComparison *comparison,
                         PsStatus            status,
                         const PsLine       *line);

G_END_DECLS
