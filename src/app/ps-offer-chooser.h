/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The file chooser of the Offers view: an offer file (JSON) to import,
 * or where to export one (@name proposed). @chosen gets the local path
 * chosen (NULL for a file that is not local); nothing if cancelled.
 * @widget is kept alive until the chooser answers. */
typedef void (*PsOfferChosen) (GtkWidget  *widget,
                               const char *path,
                               gpointer    user_data);

void ps_offer_chooser_show (GtkWidget     *widget,
                            gboolean       save,
                            const char    *name,
                            PsOfferChosen  chosen,
                            gpointer       user_data);

G_END_DECLS
