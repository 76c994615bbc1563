# The layers of the program and what each may use. One table, read by the build (which refuses a
# link against a layer outside it, and links every layer alone in a probe so that a call into a
# higher layer fails to link) and by the include check (tests/layers/check_includes.cmake).
#
#   layer          folder          may use
set(KOL_LAYERS
    "base          core/base       "
    "model         core/model      base"
    "store         core/store      base model"
    "market        core/market     base model"
    "rl            core/rl         base"
    "net           core/net        base"
    "training_api  core/training   base model market rl"
    "alloc         core/alloc      base model market rl training_api"
    "abtest        core/abtest     base model market rl training_api"
    "report        core/report     base model market rl training_api alloc abtest"
    "session       core/session    base model store market rl training_api alloc abtest report net"
    "pdf           ui/report       base model market rl training_api alloc abtest report"
    "cli           core/cli        base model store market rl abtest training_api alloc report session pdf net"
    "ui            ui              base model store market rl abtest training_api alloc report session pdf net"
)

# Fills KOL_LAYER_<name>_FOLDER and KOL_LAYER_<name>_USES from the table.
macro(kol_read_layers)
    foreach(row ${KOL_LAYERS})
        string(REGEX REPLACE " +" ";" fields "${row}")
        list(FILTER fields EXCLUDE REGEX "^$")
        list(POP_FRONT fields layer folder)
        set(KOL_LAYER_${layer}_FOLDER ${folder})
        set(KOL_LAYER_${layer}_USES ${fields})
        list(APPEND KOL_LAYER_NAMES ${layer})
    endforeach()
endmacro()
kol_read_layers()

# kol_layer(NAME SOURCES... [LIBS ...]): the layer's static library kolplanner_NAME, linked to
# the layers the table lets it use, and a probe executable that links the whole library with
# only those: any call into another layer is an undefined reference there.
function(kol_layer name)
    cmake_parse_arguments(L "" "" "SOURCES;LIBS" ${ARGN})
    if(NOT DEFINED KOL_LAYER_${name}_FOLDER)
        message(FATAL_ERROR "kol_layer: '${name}' is not in the layer table (cmake/KolLayers.cmake)")
    endif()
    set(uses)
    foreach(u ${KOL_LAYER_${name}_USES})
        list(APPEND uses kolplanner_${u})
    endforeach()
    add_library(kolplanner_${name} STATIC ${L_SOURCES})
    target_link_libraries(kolplanner_${name} PUBLIC ${uses} ${L_LIBS})
    set_target_properties(kolplanner_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    if(KOL_LAYER_PROBES)
        add_executable(layer_probe_${name} ${PROJECT_SOURCE_DIR}/cmake/LayerProbe.cpp)
        target_link_libraries(layer_probe_${name} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,kolplanner_${name}>")
        set_target_properties(layer_probe_${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/probes)
    endif()
endfunction()

# Every kolplanner_* library that `target` links, directly or through others.
function(kol_link_closure target out)
    set(seen)
    set(todo ${target})
    while(todo)
        list(POP_FRONT todo t)
        if(NOT TARGET ${t})
            continue()
        endif()
        get_target_property(type ${t} TYPE)
        set(links)
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(direct ${t} LINK_LIBRARIES)
            if(direct)
                list(APPEND links ${direct})
            endif()
        endif()
        get_target_property(iface ${t} INTERFACE_LINK_LIBRARIES)
        if(iface)
            list(APPEND links ${iface})
        endif()
        foreach(l ${links})
            string(REGEX REPLACE "^\\$<LINK_LIBRARY:[A-Z_]+,(.*)>$" "\\1" l "${l}")
            if(l MATCHES "^kolplanner_" AND NOT l IN_LIST seen)
                list(APPEND seen ${l})
                list(APPEND todo ${l})
            endif()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

# Fails the configuration when a layer links a layer the table does not let it use (for example
# ui linking the command line, or store linking the allocators).
function(kol_check_layers)
    foreach(layer ${KOL_LAYER_NAMES})
        if(NOT TARGET kolplanner_${layer})
            continue()
        endif()
        kol_link_closure(kolplanner_${layer} closure)
        foreach(dep ${closure})
            string(REGEX REPLACE "^kolplanner_" "" used "${dep}")
            if(used IN_LIST KOL_LAYER_NAMES AND NOT used IN_LIST KOL_LAYER_${layer}_USES)
                message(FATAL_ERROR "layer '${layer}' may not link layer '${used}' "
                                    "(cmake/KolLayers.cmake: ${layer} uses ${KOL_LAYER_${layer}_USES})")
            endif()
        endforeach()
    endforeach()
endfunction()
