/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ps-period.h"
#include "ps-tips.h"

G_BEGIN_DECLS

/* The tips shown under the results for the selected @status: a GListModel
 * of PsTipItem, from the engine's @tips (ps_tips_compute_with_plan (),
 * best first, every status's); for the status of @plan, its combined plan
 * first when it takes two tips or more, and each tip's part in it over
 * @period. */
GListModel *ps_tips_for_status (GPtrArray        *tips,
                                const PsTipsPlan *plan,
                                PsStatus          status,
                                PsPeriod          period);

G_END_DECLS
