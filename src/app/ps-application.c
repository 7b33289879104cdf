/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-application"

#include "config.h"

#include <string.h>
#include <time.h>

#include <glib/gi18n-lib.h>

#include "ps-application.h"
#include "ps-glossary-window.h"
#include "ps-paths.h"
#include "ps-preferences-window.h"
#include "ps-timing.h"
#include "ps-window.h"

struct _PsApplication
{
  AdwApplication parent_instance;

  gint64         started;   /* monotonic µs, for PORTAGE_SIMULATOR_TIMING */
  GtkWindow     *glossary;  /* weak: one glossary window, raised again */
};

G_DEFINE_FINAL_TYPE (PsApplication, ps_application, ADW_TYPE_APPLICATION)

PsApplication *
ps_application_new (void)
{
  return g_object_new (PS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/* ------------------------------------------------------------ timing */

/* PORTAGE_SIMULATOR_TIMING=1 prints when the first frame is painted, to
 * measure the start-up (see README). */
static void
first_frame_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  PsApplication *self = user_data;
  struct timespec cpu = { 0 };

  ps_timing_mark ("first frame painted");
  g_print ("first-frame: %.1f ms after main (realtime %" G_GINT64_FORMAT " µs)\n",
           (g_get_monotonic_time () - self->started) / 1000.0, g_get_real_time ());
  /* the processor time until then, every thread: less sensitive than the
   * wall time to a loaded machine */
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  g_print ("first-frame-cpu-ms: %.1f\n", cpu.tv_sec * 1000.0 + cpu.tv_nsec / 1e6);
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, user_data);
  /* PORTAGE_SIMULATOR_TIMING=quit: the benchmark only wants the numbers */
  if (g_strcmp0 (g_getenv ("PORTAGE_SIMULATOR_TIMING"), "quit") == 0)
    {
      g_autofree char *status = NULL;

      if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
        {
          const char *hwm = strstr (status, "VmHWM:");

          if (hwm != NULL)
            g_print ("peak-rss-kb: %" G_GINT64_FORMAT "\n", g_ascii_strtoll (hwm + 6, NULL, 10));
        }
      g_application_quit (G_APPLICATION (self));
    }
}

static void
window_mapped_cb (GtkWidget *window,
                  gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, window_mapped_cb, user_data);
  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_cb), user_data);
}

/* ------------------------------------------------------------ actions */

static GtkWindow *
active_window (PsApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PsApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));
  GList *copy = g_list_copy (windows);

  /* a window closed goes from the application's list: go through a copy */
  for (GList *l = copy; l != NULL; l = l->next)
    g_object_ref (l->data);
  /* closing (not destroying) lets each window save its state, and ask
   * about its unsaved changes */
  for (GList *l = copy; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (copy, g_object_unref);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  PsApplication *self = user_data;
  const char *developers[] = { _("Portage Simulator contributors"), NULL };
  g_autofree char *notes = NULL;
  g_autofree char *first = g_markup_escape_text (_("First release."), -1);
  g_autofree char *window = g_markup_escape_text (_("A window comparing portage salarial and a CDI as you type, with the line-by-line breakdown and a chart"), -1);
  g_autofree char *files = g_markup_escape_text (_("Scenarios saved and opened as JSON files"), -1);
  g_autofree char *cli = g_markup_escape_text (_("The portage-cli command-line tool"), -1);
  GtkWidget *about;

  /* the metainfo's release notes, already translated */
  notes = g_strdup_printf ("<p>%s</p><ul><li>%s</li><li>%s</li><li>%s</li></ul>", first, window, files, cli);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", active_window (self),
                        "application-name", _("Portage Simulator"),
                        "application-icon", APP_ID,
                        "developer-name", _("Portage Simulator contributors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "release-notes-version", PACKAGE_VERSION,
                        "release-notes", notes,
                        "website", "https://github.com/portagesim/portage-simulator",
                        "issue-url", "https://github.com/portagesim/portage-simulator/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("What a French IT consultant keeps from a day rate under five statuses: portage salarial, CDI, micro-entreprise, SASU and EURL. Every contribution line by line, the net before and after income tax, tips with their gain, the protection each status gives, and an Excel export.\n\nAn estimate, not a payslip: check the figures with your portage firm or your accountant."),
                        /* Translators: your names, one a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PsApplication *self = user_data;
  g_autoptr (GSettings) settings = ps_paths_settings_new (APP_ID);

  if (settings == NULL)
    {
      g_warning ("The settings schema %s is not installed", APP_ID);
      return;
    }
  gtk_window_present (GTK_WINDOW (ps_preferences_window_new (active_window (self), settings)));
}

/* the glossary, with every term ("app.glossary") or opened on one
 * ("app.glossary-term" with the term: the breakdown's "?" buttons) */
static void
glossary_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PsApplication *self = user_data;
  const char *query = parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL;

  if (self->glossary == NULL)
    {
      self->glossary = GTK_WINDOW (ps_glossary_window_new (active_window (self), query));
      g_object_add_weak_pointer (G_OBJECT (self->glossary), (gpointer *) &self->glossary);
    }
  else
    ps_glossary_window_set_query (PS_GLOSSARY_WINDOW (self->glossary), query);
  gtk_window_present (self->glossary);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
  { "glossary", glossary_activated },
  { "glossary-term", glossary_activated, "s" },
};

/* ------------------------------------------------------------ GApplication */

static PsWindow *
get_window (PsApplication *self)
{
  GtkWindow *window = active_window (self);

  if (window == NULL)
    {
      ps_timing_mark ("window: new");
      window = GTK_WINDOW (ps_window_new (ADW_APPLICATION (self)));
      ps_timing_mark ("window: made");
      if (g_getenv ("PORTAGE_SIMULATOR_TIMING") != NULL)
        g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), self);
    }
  return PS_WINDOW (window);
}

static void
ps_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (PS_APPLICATION (app))));
}

static void
ps_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  PsWindow *window = get_window (PS_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  /* one scenario at a time: the last one given, once the changes in
   * the window are saved or discarded */
  if (n_files > 0)
    ps_window_open (window, files[n_files - 1]);
}

static void
ps_application_startup (GApplication *app)
{
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Shift><Control>s", NULL } },
    { "win.export", { "<Control>e", NULL } },
  };

  ps_timing_mark ("startup");
  G_APPLICATION_CLASS (ps_application_parent_class)->startup (app);
  ps_timing_mark ("startup: GTK and libadwaita");

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (gtk_app, accels[i].action, accels[i].accels);
}

static void
ps_application_class_init (PsApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = ps_application_activate;
  app_class->open = ps_application_open;
  app_class->startup = ps_application_startup;
}

static void
ps_application_init (PsApplication *self)
{
  self->started = g_get_monotonic_time ();
  ps_timing_mark ("application");
  g_set_application_name (_("Portage Simulator"));
}
