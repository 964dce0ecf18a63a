# Lo que informa la carpeta de datos: archivos que dejó de lado, apartó o
# recuperó, y por qué no se pudo usar. $file, $folder y $copy son rutas.

## Avisos de la pantalla de bienvenida o de las órdenes que listan reflexiones.

store-cannot-list = No se pudo ver el contenido de { $folder }: { $why }
store-newer = { $file } lo escribió un accord más nuevo ({ $format }); se dejó como estaba.
store-link = { $file } es un enlace, no un archivo de reflexión; accord no lo siguió.
store-left-unread = No se pudo leer { $file } ({ $why }); se dejó como estaba.
store-set-aside = No se pudo leer { $file } ({ $why }); se guardó como { $kept } y empezó una reflexión nueva.
store-restored = Las respuestas que un guardado fallido dejó en { $copy } están de nuevo en la reflexión { $id }.
store-not-restored = Las respuestas que un guardado fallido dejó en { $copy } todavía no se pudieron recuperar ({ $why }); la copia está a salvo.
store-open-to-others = Otras personas de esta computadora pueden cambiar los archivos de { $folder }. Para que sus respuestas sigan siendo privadas, escriba: chmod 700 { $folder }

## Por qué no se pudo leer un archivo de reflexión.

store-unreadable-newer = lo escribió un accord más nuevo ({ $format })
store-unreadable-link = es un enlace, y accord no sigue enlaces
store-foreign-format = su formato es { $format }, no es una reflexión de accord

## Por qué no se pudo usar la carpeta de datos o un archivo dentro de ella.

store-error-profile = el nombre de perfil { $name } solo puede tener letras, números, - y _ (hasta { $max } caracteres)
store-error-no-home = no se encuentra una carpeta personal donde guardar las respuestas; elija una con --data-dir CARPETA
store-error-dir = no se puede usar la carpeta de datos { $path }: { $cause }. Elija otra con --data-dir CARPETA
store-error-write = no se pudieron guardar sus respuestas en { $path }: { $cause }
store-error-copy-over-sessions = { $folder } es donde accord guarda sus respuestas; guarde la copia en otro lugar
store-error-copy = no se puede escribir { $path }: { $cause }
store-no-free-name = no queda ningún nombre libre para una reflexión nueva
store-no-folder = no hay ninguna carpeta donde escribir
