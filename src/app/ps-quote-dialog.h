/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ps-offer.h"

G_BEGIN_DECLS

/* The quote checker (issue 11): the user types what a firm's simulation
 * or payslip shows for a month; each line's gap with the same month by
 * the law (€ a month and a year), the restitution rates, and what the law
 * doesn't explain (ps-quote), recomputed on every keystroke. */
#define PS_TYPE_QUOTE_DIALOG (ps_quote_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PsQuoteDialog, ps_quote_dialog, PS, QUOTE_DIALOG, AdwWindow)

/* @params must outlive the dialog; @offer and @inputs are copied. */
GtkWindow  *ps_quote_dialog_new          (GtkWindow             *parent,
                                          const PsParams        *params,
                                          const PsOffer         *offer,
                                          const PsPortageInputs *inputs);
/* The entry row of line @key: "revenue", "fee", "extras", "employer",
 * "gross", "employee", "net", "net_after" (tests). */
GtkWidget  *ps_quote_dialog_get_row      (PsQuoteDialog         *self,
                                          const char            *key);
/* The gap shown on line @line ("" where the quote is silent). */
const char *ps_quote_dialog_get_gap_text (PsQuoteDialog         *self,
                                          int                    line);
const char *ps_quote_dialog_get_findings (PsQuoteDialog         *self);

G_END_DECLS
