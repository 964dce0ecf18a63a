## El recorrido a pantalla completa: teclas, pantallas, pie, ayuda y mensajes.

## Lo que hace cada tecla, como lo muestran el pie y la ayuda.
screens-key-choose = elegir
screens-key-up = subir
screens-key-down = bajar
screens-key-new-reflection = nueva reflexión
screens-key-look-back = mirar atrás
screens-key-help = ayuda
screens-key-quit = salir
screens-key-agree = de acuerdo
screens-key-disagree = no estoy de acuerdo
screens-key-question = pregunta
screens-key-note = nota
screens-key-next = siguiente
screens-key-back = anterior
screens-key-all-clauses = todas las cláusulas
screens-key-agenda = agenda
screens-key-past-answers = respuestas anteriores
screens-key-scroll-up = subir el texto
screens-key-scroll-down = bajar el texto
screens-key-scroll-page-up = subir una página
screens-key-scroll-page-down = bajar una página
screens-key-page-up = página anterior
screens-key-page-down = página siguiente
screens-key-done-editing = listo (guarda su texto)
screens-key-undo = deshacer
screens-key-redo = rehacer
screens-key-go-to-clause = ir a la cláusula
screens-key-close = cerrar
screens-key-close-help = cerrar la ayuda
screens-key-move-up = mover arriba
screens-key-move-down = mover abajo
screens-key-ask-first = preguntar primero
screens-key-doctors-answer = respuesta del médico
screens-key-mark-answered = marcar respondida
screens-key-export = imprimir o guardar copia
screens-key-sign = firmar
screens-key-back-to-clauses = volver a las cláusulas
screens-key-read-it = leerla
screens-key-mark = marcar
screens-key-continue-it = seguir con ella
screens-key-compare = comparar con la marcada
screens-key-back-to-list = volver a la lista
screens-key-switch-role = usted / su médico
screens-key-back-to-agenda = volver a la agenda

## Respuestas a una tecla o a un informe, en la línea de estado.
screens-read-only-refused = Esta reflexión está abierta en otra ventana, así que aquí solo se puede leer. Para cambiar respuestas, cierre la otra ventana y vuelva a abrir accord.
screens-reopened-read-only = Esa reflexión está abierta en otra ventana, así que aquí solo se puede leer.
screens-reopen-failed = No se pudo abrir esa reflexión: { $why }
# Une los nombres de los archivos escritos, como en "a.md y a.html".
screens-list-and = {" "}y{" "}
screens-exported = Listo para imprimir o compartir: { $files }. Sus notas privadas no están en estas copias.
screens-export-failed = No se pudo guardar la copia: { $why }
screens-agenda-stars-full = { $count ->
        [one] Puede marcar con estrella solo una pregunta para hacerla primero.
       *[other] Puede marcar con estrella hasta { $count } preguntas para hacerlas primero.
    } Pulse * sobre una con estrella para quitársela.
screens-agenda-items-only = Solo las preguntas y los puntos en los que no está de acuerdo se pueden ordenar o marcar con estrella.
screens-look-back-already-open = Esta es la reflexión que está abierta ahora: pulse Esc para volver a ella.
screens-look-back-mark-first = Marque una reflexión con Espacio y luego pulse c sobre otra para compararlas.
screens-look-back-unreadable = No se pudo leer esa reflexión.
screens-sign-name-first = Primero escriba un nombre y luego pulse Intro.
screens-sign-signed-patient = Firmado por { $name }. Nada queda bloqueado: todavía puede cambiar cualquier respuesta. Pulse Tab si su médico también firma.
screens-sign-signed-doctor = Firmado también por { $name }.
screens-sign-placeholder-patient = Su nombre
screens-sign-placeholder-doctor = El nombre de su médico
screens-editor-placeholder = Escriba aquí. Intro empieza una línea nueva; Esc guarda lo que escribió.
screens-editor-draft-restored = accord se cerró mientras usted escribía. Aquí está lo que había escrito: todavía no está guardado. Pulse Esc para guardarlo.

## Alrededor de cada pantalla.
screens-header-clause = Cláusula { $number } de { $total }
screens-header-answered = { $answered } de { $total } respondidas
screens-header-look-back = Mirando atrás
screens-header-compare = Qué cambió
screens-header-review = Leyendo una reflexión anterior
screens-not-saved = Todavía sin guardar: { $why }. Sus respuestas siguen abiertas aquí; accord lo intentará de nuevo con su próximo cambio.
screens-too-small = Agrande esta ventana, por favor
screens-more-below = ↓ hay más abajo (j o ↓)
screens-more-above = ↑ hay más arriba (k o ↑)

## Las respuestas, como las dicen todas las pantallas.
screens-stance-agree = ✓ de acuerdo
screens-stance-disagree = ✗ no estoy de acuerdo
screens-stance-none = · sin responder todavía
screens-answer-question = ? "{ $text }"
screens-answer-note = ✎ "{ $text }"
screens-answer-nothing = no dijo nada

## La pantalla de una cláusula.
screens-clause-to-think-about = │ Para pensar
screens-clause-changed = ⚠ Esta cláusula cambió después de que usted la respondiera. Léala otra vez y cambie su respuesta si quiere.
screens-clause-your-answer = Su respuesta:{" "}
screens-clause-last-time = La última vez ({ $when }): { $answer }
screens-clause-your-question = ? Su pregunta:
screens-clause-your-note = ✎ Su nota privada:
screens-clause-read-all-question = {"  "}… pulse q para leerla entera
screens-clause-read-all-note = {"  "}… pulse n para leerla entera

## La ayuda.
screens-help-title = Teclas
screens-help-ctrl-c = salir desde cualquier sitio, sin perder nada
screens-help-saving = Cada respuesta se guarda en cuanto la da, solo en esta computadora.
screens-help-editor = En el editor, Intro empieza una línea nueva y Esc guarda su texto.

## La lista de todas las cláusulas.
screens-list-title = Todas las cláusulas
screens-list-you-are-here = {"  "}(usted está aquí)

## Las respuestas anteriores a una cláusula.
screens-timeline-title = Respuestas anteriores: { $clause }
screens-timeline-none = No respondió esta cláusula en ninguna reflexión anterior.
screens-doctor-said = El médico dijo:{" "}

## El editor.
screens-editor-question-title = Su pregunta para su médico
screens-editor-question-hint = Escriba lo que le gustaría preguntar sobre esta cláusula.
screens-editor-note-title = Su nota privada
screens-editor-note-hint = Solo usted la ve. Escriba lo que le ayude.
screens-editor-answer-title = ¿Qué dijo el médico?
screens-editor-answer-hint = Anote la respuesta mientras la recuerda.
screens-editor-you-asked = Usted preguntó: { $question }

## La firma.
screens-sign-title = ¿Está de acuerdo?
screens-sign-summary = Estuvo de acuerdo con { $agreed } de las { $total } cláusulas y no lo estuvo con { $disagreed }.{ $passed ->
    [0] {""}
   *[other] {" "}Dejó pasar { $passed } por ahora.
} Firmar guarda un nombre con la fecha y la hora de hoy. No bloquea nada: todavía puede cambiar cualquier respuesta, y la agenda lo dirá.
screens-sign-who-patient = Usted
screens-sign-who-doctor = Su médico (si quiere, para firmar juntos en la consulta)
screens-sign-signed-as = { $who }: firmado como { $name } el { $when }
screens-sign-not-signed = { $who }: sin firmar
screens-changed-since = ; cambiado después
screens-sign-prompt-patient = Escriba su nombre y pulse Intro para firmar:
screens-sign-prompt-doctor = Su médico escribe su nombre y pulsa Intro:

## Leer una reflexión anterior, o comparar dos.
screens-review-title = Sus respuestas del { $when }
screens-review-read-only = Solo lectura: aquí no se puede cambiar nada.
screens-review-nothing = En esta reflexión no se respondió nada.
screens-compare-title = Del { $from } al { $to }
# $changed es una cuenta de cláusulas, como la dice count-clauses.
screens-compare-counts = { $changed } con cambios; { $unchanged } sin cambios (plegadas).
screens-compare-question-added = pregunta nueva: { $text }
screens-compare-question-removed = pregunta quitada: { $text }
screens-compare-question-changed = pregunta cambiada: { $before } → { $after }
screens-compare-note-removed = sin nota en esta reflexión
screens-compare-note-added = nota nueva: { $text }
screens-compare-note-changed = nota cambiada: { $text }
screens-compare-answer = respuesta del médico: { $text }
screens-compare-answer-removed = sin respuesta del médico en esta reflexión

## Mirar atrás.
screens-look-back-heading = Mirar atrás: Intro la lee, o la continúa; Espacio marca una, c la compara.
screens-look-back-this-session = Esta reflexión, empezada el { $when }
# $questions es una cuenta de preguntas, como la dice count-questions.
screens-look-back-progress = { $answered }/{ $total } respondidas · { $questions }
screens-look-back-signed = {" "}· firmada

## La pantalla de bienvenida.
screens-welcome-how = Cómo funciona
# $clauses es una cuenta de cláusulas, como la dice count-short-clauses.
screens-welcome-step-count = • Hay { $clauses }. { $count ->
        [one] Aparece en pantalla.
       *[other] Verá una cada vez.
    }
screens-welcome-step-answer = • Pulse a si está de acuerdo, d si no lo está, o w para dejarla pasar por ahora. Todas las respuestas están bien.
screens-welcome-step-write = • Pulse q para escribir una pregunta para su médico, o n para una nota privada.
screens-welcome-step-saved = • Todo se guarda a medida que avanza, solo en esta computadora.
screens-welcome-step-help = • Pulse ? en cualquier momento para ver todas las teclas.
screens-welcome-open-elsewhere = ⚠ Esta reflexión está abierta en otra ventana de accord.
screens-welcome-open-elsewhere-how = Pulse Intro para leerla sin cambiar nada, o n para empezar una reflexión nueva.
screens-welcome-begin = Pulse { $key } para empezar.
screens-welcome-choose = Pulse { $key } para elegir.
screens-welcome-what = ¿Qué le gustaría hacer?
screens-welcome-which-set = ¿Qué acuerdo le gustaría leer? Elija uno en su idioma.
screens-welcome-continue = Seguir donde lo dejó (cláusula { $number } de { $total }, { $answered } respondidas), en su reflexión del { $day }
screens-welcome-start-new = Empezar una nueva reflexión (n)
screens-welcome-begin-new = Empezar una nueva reflexión (n)
# $others es una cuenta de reflexiones, como la dice count-other-sessions.
screens-welcome-look-back = Mirar atrás: esta reflexión y { $others } (b)

## La agenda.
screens-agenda-title = Su agenda para la consulta
screens-agenda-agreed = ✓ { $count } de acuerdo
screens-agenda-disagreed = ✗ { $count } en desacuerdo
screens-agenda-unanswered = · { $count } sin responder todavía
screens-agenda-not-signed = Todavía sin firmar: pulse → cuando esté listo.
screens-agenda-signed-patient = ✍ Firmado por { $name } el { $when }
screens-agenda-signed-doctor = ✍ Firmó el médico: { $name } el { $when }
screens-agenda-empty = Todavía no hay preguntas. En cualquier cláusula, pulse q para escribir una; aparecerá aquí.
screens-agenda-ask-first = ★ Preguntar primero
screens-agenda-to-ask = Para preguntar o hablar
screens-agenda-notes = Sus notas privadas
screens-agenda-unanswered-heading = Sin responder todavía (Intro para ir allí)
screens-agenda-entry = { $title } (cláusula { $number })
screens-agenda-more = … (Intro abre la cláusula)
screens-agenda-changed = ⚠ esta cláusula cambió después de que usted la respondiera
screens-agenda-not-on-board = ✗ No está de acuerdo con esta cláusula
screens-agenda-answered = ✓ respondida
screens-agenda-follow-up = ↻ hay que volver a hablarlo
screens-agenda-orphans = Respuestas a cláusulas que ya no están en este conjunto (se guardan)

## Cuando algo sale mal alrededor del recorrido.
screens-session-unreadable = No se pudo leer la reflexión { $id }: { $why }
screens-session-unreadable-detail = no se pudo leer la reflexión { $id }: { $why }
screens-terminal-failed = la terminal dejó de funcionar: { $why }
screens-no-more-keys = la terminal dejó de enviar teclas

## Añadido al unir ramas.

screens-key-open-printout = abrir la página
screens-key-leave = salir de accord
screens-key-stay = quedarse
screens-leave-question = ¿Salir de accord ahora? Sus respuestas están guardadas. Pulse y para salir, o cualquier otra tecla para quedarse.
# Cuando la reflexión abierta no es la más reciente: $progress es la cabecera de siempre.
screens-header-older = { $progress } · reflexión del { $day }
screens-clause-doctors-answer = La respuesta de su médico:
screens-clause-read-all-answer = {"  "}… pulse s y luego r en la línea de esta cláusula para leerla entera
screens-welcome-look-back-earlier = Mirar atrás { $count ->
    [one] su reflexión anterior
   *[other] sus { $count } reflexiones anteriores
} (b)
screens-clock-wrong = El reloj de su computadora marca una fecha posterior al año 9999, así que aquí las fechas saldrán mal. Sus respuestas se siguen guardando. Si pone bien el reloj, las fechas se arreglan.
# $path es el archivo de la agenda de una página; $others nombra los otros archivos a su lado.
screens-printed = Su agenda de una página está lista: { $path }
    A su lado: { $others }. Sus notas privadas no están incluidas.
    Pulse o para abrirla en su navegador web, y luego imprímala desde allí.
screens-open-failed = No se pudo abrir en un navegador web. Abra usted mismo el archivo de arriba.
    ({ $why })
screens-agenda-print-first = Primero pulse e para preparar la página para imprimir.
screens-agenda-enter-hint = Está en su agenda. Pulse ↓ o ↑ para elegir una línea, y luego Intro para abrir su cláusula. Pulse → para pasar a la firma.
screens-sign-again = Esto ya está firmado, el { $when }. Pulse Intro otra vez para firmarlo de nuevo con la fecha de hoy, o Esc para dejarlo como está.
screens-key-print = imprimir
screens-key-not-now = ahora no
screens-name-title = Su nombre en la página
screens-name-explain = Escriba su nombre para la parte de arriba de la página, así su médico sabe de quién son estas preguntas. Puede dejarlo en blanco y pulsar Intro: la página tendrá entonces una línea para escribirlo a mano.
screens-name-placeholder = Su nombre (puede dejarlo en blanco)

## Añadido al unir ramas.

screens-key-pass = ahora no
screens-key-share = compartir con su grupo
screens-key-share-with-questions = sí, compartir también mis preguntas
screens-key-share-stances-only = no, compartir sin mis preguntas
screens-key-do-not-share = no compartir
screens-stance-not-now = - ahora no (la dejó pasar)
screens-editor-suggestions = { $count ->
    [one] Pulse 1 para empezar con esta pregunta, o escriba la suya:
   *[other] Pulse un número para empezar con una de estas preguntas, o escriba la suya:
}
screens-editor-suggestion = { $number }. { $question }
screens-agenda-not-now = - { $count } ahora no
screens-shared = Se guardó un archivo para compartir con quien dirige su taller: { $path }
    No contiene notas ni nombres.
screens-share-title = Compartir con su grupo del taller
screens-share-intro = Esto crea un archivo que puede entregar a quien dirige su taller. Nadie puede saber que es suyo. Se junta con los de los demás para ver cómo se siente el grupo.
screens-share-always = El archivo tendrá su postura sobre cada cláusula:
screens-share-no-questions = No ha escrito ninguna pregunta, así que solo se comparte su postura.
screens-share-only-on-yes = Sus preguntas solo se incluyen si pulsa y:
screens-share-never = Nunca incluye sus notas privadas, su nombre, las respuestas del médico ni la hora: solo la fecha de hoy.
screens-share-ask = ¿Compartir también sus preguntas? Pulse y para sí, n para no, o Esc para no compartir nada.
screens-welcome-profiles = { $count ->
    [one] Esta computadora también guarda respuestas de otra persona, en un perfil llamado: { $names }.
   *[other] Esta computadora también guarda respuestas de { $count } personas, en perfiles llamados: { $names }.
}
screens-welcome-profiles-how = Si uno de ellos es usted, salga (Esc) y vuelva a empezar con: accord --profile SU-NOMBRE

## El modo de líneas sencillas (accord --plain): las órdenes se escriben como palabras.
# Cada valor lista las palabras que piden lo mismo; la primera es la que se muestra. Sin espacios dentro de una palabra.
screens-plain-word-begin = empezar, begin
screens-plain-word-new = nueva, new
screens-plain-word-reopen = abrir, open
screens-plain-word-look-back = mirar, look
screens-plain-word-mark = marcar, mark
screens-plain-word-compare = comparar, compare
screens-plain-word-past = antes, past
screens-plain-word-agree = acuerdo, si, sí, agree
screens-plain-word-disagree = desacuerdo, no, disagree
screens-plain-word-question = pregunta, question
screens-plain-word-note = nota, note
screens-plain-word-next = siguiente, next
screens-plain-word-back = atras, atrás, back
screens-plain-word-list = lista, list
screens-plain-word-agenda = agenda
screens-plain-word-help = ayuda, help
screens-plain-word-up = arriba, up
screens-plain-word-down = abajo, down
screens-plain-word-go = ir, go
screens-plain-word-close = cerrar, volver, close
screens-plain-word-quit = salir, quit
screens-plain-word-raise = subir, raise
screens-plain-word-lower = bajar, lower
screens-plain-word-star = estrella, star
screens-plain-word-answer = respuesta, answer
screens-plain-word-answered = respondida, answered
screens-plain-word-print = imprimir, print
screens-plain-word-open = abrir, open
screens-plain-word-later = luego, later
screens-plain-word-share = compartir, share
screens-plain-word-with-questions = preguntas, questions
screens-plain-word-answers-only = respuestas, answers
screens-plain-word-sign = firmar, sign
screens-plain-word-switch = cambiar, switch
# La letra de una tecla y su palabra: "a o acuerdo".
screens-plain-letter-or-word = { $letter } o { $word }
screens-plain-enter = Enter en una línea vacía
# Una orden en la lista: "a o acuerdo (de acuerdo)".
screens-plain-command = { $typed } ({ $does })
screens-plain-commands = Escriba una orden y pulse Enter: { $list }.
screens-plain-not-understood = «{ $typed }» no es una orden aquí.
screens-plain-saved = Guardado.
screens-plain-unchanged = No ha cambiado nada.
screens-plain-has-question = Tiene una pregunta para su médico.
screens-plain-has-note = Tiene una nota privada.
screens-plain-so-far = Lo que ha escrito hasta ahora:
screens-plain-editor-how = Escriba sus palabras. Pulse Enter en una línea vacía para terminar. Una línea vacía al principio deja lo que había; una línea con solo - lo borra.
screens-plain-list-how = Escriba el número de una cláusula para ir a ella, o cerrar para volver.
screens-plain-agenda-how = La línea marcada con › es la suya ahora. Escriba el número de una cláusula para ir a su línea, o arriba y abajo.
screens-plain-sign-how = Escriba su nombre y pulse Enter para firmar.
screens-plain-no-such-line = Aquí no hay línea { $number }.
screens-plain-help-writing = Para escribir una pregunta o una nota privada, escriba q o n y luego sus palabras, en las líneas que quiera. Pulse Enter en una línea vacía para terminar.
