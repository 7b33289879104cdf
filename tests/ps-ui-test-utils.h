/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the window's test programs share. */
#pragma once

#include <gtk/gtk.h>

#include "ps-comparison.h"
#include "ps-window.h"

G_BEGIN_DECLS

/* What a test program's main () does first: FALSE (after printing a TAP
 * plan that skips the whole program) when there is no display; otherwise
 * the locale and the translations of the environment (en_US.UTF-8 in the
 * suite, else C.UTF-8; fr_FR.UTF-8 for French screenshots), GTK and
 * libadwaita, each window starting from the defaults (not restoring the
 * last scenario), and the style sheet AdwApplication would load. */
gboolean ps_ui_init          (int         *argc,
                              char      ***argv);

/* Runs the main loop for @ms milliseconds. */
void ps_ui_iterate          (guint       ms);

/* Waits for @window to be drawn and its width to reach @width (or to
 * settle: a screen smaller than asked clamps it). */
void ps_ui_wait_for_width   (GtkWidget  *window,
                             int         width);
/* A new window of @width × @height, shown, drawn and settled (then 100 ms
 * more). */
PsWindow *ps_ui_open_window (int         width,
                             int         height);
/* Destroys @window (a GtkWindow) and checks that nothing keeps it. */
void ps_ui_close_window     (gpointer    window);
/* Shows @window's view @name ("comparison", "years", "offers",
 * "scenarios"), drawn, once the header's view switcher has finished
 * fading the last view's button out (Adwaita's 200 ms transition: a
 * screenshot taken sooner shows two buttons lit). */
void ps_ui_show_view        (PsWindow   *window,
                             const char *name);

/* Scrolls the page that holds @widget so that @widget is at its top (a
 * scroller that does not scroll vertically, such as a table's own, is
 * skipped), again while the page above it is still growing. */
void ps_ui_scroll_to        (GtkWidget  *widget);

/* Sets the text of the window's input row for @field, as a paste. */
void ps_ui_type_field       (PsWindow        *window,
                             PsScenarioField  field,
                             const char      *text);

/* How many visible descendants of @widget (itself included) have the CSS
 * class @css. */
int      ps_ui_count_visible_with_class (GtkWidget  *widget,
                                         const char *css);
/* Whether a visible label under @widget contains @text. */
gboolean ps_ui_shows_text               (GtkWidget  *widget,
                                         const char *text);

/* "en" or "fr", then "-dark" under ADW_DEBUG_COLOR_SCHEME=prefer-dark: the
 * screenshots' suffix. */
const char *ps_ui_shot_tag  (void);

typedef enum
{
  PS_UI_SHOT_DEFAULT        = 0,
  /* on the window's background colour: a part of a page has none */
  PS_UI_SHOT_WINDOW_BG      = 1 << 0,
} PsUiShotFlags;

/* @widget drawn, waiting for it to draw on a busy machine. */
GdkTexture *ps_ui_render    (GtkWidget     *widget,
                             PsUiShotFlags  flags);
/* @widget drawn into G_TEST_BUILDDIR/screenshots/@name-<tag>.png; returns
 * the file's path. */
char *ps_ui_screenshot      (GtkWidget     *widget,
                             const char    *name,
                             PsUiShotFlags  flags);
void ps_ui_save_screenshot  (GtkWidget  *widget,
                             const char *name);
void ps_ui_save_screenshot_full (GtkWidget     *widget,
                                 const char    *name,
                                 PsUiShotFlags  flags);

/* The window's parts, as the test-window programs read and set them. */
/* The engine's figures for @scenario, computed here (today's rates). */
PsComparison *ps_ui_engine_comparison (const PsScenario *scenario);
/* The big amount of @status's card. */
const char   *ps_ui_card_text         (PsWindow         *window,
                                       PsStatus          status);
/* The inputs page's template child @name. */
GtkWidget    *ps_ui_page_child        (PsWindow         *window,
                                       const char       *name);
void          ps_ui_set_switch        (PsWindow         *window,
                                       const char       *name,
                                       gboolean          active);
gboolean      ps_ui_get_switch        (PsWindow         *window,
                                       const char       *name);
/* Expands the inputs page's expander row @name. */
void          ps_ui_expand            (PsWindow         *window,
                                       const char       *name);
/* A field shows @value as the locale writes it ("36000", "36 000"). */
void          ps_ui_assert_field_text (PsWindow         *window,
                                       PsScenarioField   field,
                                       double            value);
/* The application's settings. */
GSettings    *ps_ui_settings          (void);

G_END_DECLS
