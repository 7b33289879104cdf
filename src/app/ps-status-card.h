/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-period.h"
#include "ps-status-summary.h"

G_BEGIN_DECLS

/* The card of one status: net after tax per month or per year (large),
 * before tax, and the difference with the reference status; a badge on
 * the best. */
#define PS_TYPE_STATUS_CARD (ps_status_card_get_type ())

G_DECLARE_FINAL_TYPE (PsStatusCard, ps_status_card, PS, STATUS_CARD, GtkWidget)

GtkWidget  *ps_status_card_new             (PsStatus               status);
PsStatus    ps_status_card_get_status      (PsStatusCard          *self);
/* @summary per month (ps_status_summary ()), shown over @period. */
void        ps_status_card_update          (PsStatusCard          *self,
                                            const PsStatusSummary *summary,
                                            PsPeriod               period);
gboolean    ps_status_card_get_best        (PsStatusCard          *self);
const char *ps_status_card_get_amount_text (PsStatusCard          *self);
/* A widget at the bottom of the card (the protection row) */
void        ps_status_card_add_footer      (PsStatusCard          *self,
                                            GtkWidget             *footer);

G_END_DECLS
