package com.example.archfixture.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A view that names no other view. */
@Route("archfixture-second")
class SecondView extends Div {

}
